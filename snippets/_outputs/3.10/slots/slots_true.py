import random
import string
from dataclasses import dataclass, field

ALPHABET = string.ascii_uppercase + string.digits
_roll_rng = random.Random(42)


def generate_roll_num() -> str:
    return "".join(_roll_rng.choices(ALPHABET, k=9))


@dataclass(slots=True)
class StudentSlots:
    first_name: str
    last_name: str
    major: str
    year: str
    gpa: float
    roll_num: str = field(default_factory=generate_roll_num, init=False)
    email: str = field(init=False)
    tuition: int = 10000

    def __post_init__(self):
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"


jane = StudentSlots("Jane", "Lee", "Computer Science", "senior", 3.99, 30000)
print(jane)
#> StudentSlots(first_name='Jane', last_name='Lee', major='Computer Science', year='senior', gpa=3.99, roll_num='XAJI0Y6DP', email='Jane.Lee@uni.edu', tuition=30000)
# The decorator wrote one slot per field, and no "__dict__" among them.
print(StudentSlots.__slots__)
#> ('first_name', 'last_name', 'major', 'year', 'gpa', 'roll_num', 'email', 'tuition')
print(hasattr(jane, "__dict__"))
#> False

try:
    jane.watches_anime = True
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
    #> AttributeError: 'StudentSlots' object has no attribute 'watches_anime'
