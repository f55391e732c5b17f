import random
import string
from dataclasses import dataclass, field, fields

ALPHABET = string.ascii_uppercase + string.digits
_roll_rng = random.Random(42)


def generate_roll_num() -> str:
    return "".join(_roll_rng.choices(ALPHABET, k=9))


@dataclass
class Student:
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


jane = Student("Jane", "Lee", "Computer Science", "senior", 3.99, 30000)
# Every field, in the order __init__ and __post_init__ assigned them.
print(jane.__dict__)
#> {'first_name': 'Jane', 'last_name': 'Lee', 'major': 'Computer Science', 'year': 'senior', 'gpa': 3.99, 'roll_num': 'XAJI0Y6DP', 'tuition': 30000, 'email': 'Jane.Lee@uni.edu'}

# The dictionary takes any name, field or not.
jane.watches_anime = True
print(jane.__dict__["watches_anime"])
#> True
# It is not a field: the generated methods do not know about it.
print(jane)
#> Student(first_name='Jane', last_name='Lee', major='Computer Science', year='senior', gpa=3.99, roll_num='XAJI0Y6DP', email='Jane.Lee@uni.edu', tuition=30000)
print([f.name for f in fields(jane)])
#> ['first_name', 'last_name', 'major', 'year', 'gpa', 'roll_num', 'email', 'tuition']
