import random
import string
from dataclasses import dataclass, field

ALPHABET = string.ascii_uppercase + string.digits
_roll_rng = random.Random(42)


def generate_roll_num() -> str:
    return "".join(_roll_rng.choices(ALPHABET, k=9))


# --8<-- [start:class]
@dataclass
class Student:
    first_name: str
    last_name: str
    major: str
    year: str
    gpa: float
    roll_num: str = field(default_factory=generate_roll_num, init=False)
    email: str = field(init=False)

    def __post_init__(self) -> None:
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"
# --8<-- [end:class]


# --8<-- [start:use]
jane = Student("Jane", "Lee", "Computer Science", "senior", 3.99)
print(jane)
#> Student(first_name='Jane', last_name='Lee', major='Computer Science', year='senior', gpa=3.99, roll_num='XAJI0Y6DP', email='Jane.Lee@uni.edu')
print(jane.email)
#> Jane.Lee@uni.edu
# --8<-- [end:use]
