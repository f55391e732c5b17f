import random
import string
from dataclasses import dataclass, field

ALPHABET = string.ascii_uppercase + string.digits

# A generator of our own, seeded once: the same roll numbers on every run.
_roll_rng = random.Random(42)


def generate_roll_num() -> str:
    return "".join(_roll_rng.choices(ALPHABET, k=9))


# --8<-- [start:class]
@dataclass
class Student:
    name: str
    major: str
    year: str
    gpa: float
    roll_num: str = field(default_factory=generate_roll_num)
# --8<-- [end:class]


# --8<-- [start:use]
jane = Student("Jane", "Computer Science", "senior", 3.99)
julia = Student("Julia", "Economics", "junior", 3.72)
print(jane.roll_num)
#> XAJI0Y6DP
print(julia.roll_num)
#> BHSAHXTHV

# A value passed in wins: the factory is not called at all.
jake = Student("Jake", "Math", "sophomore", 3.33, roll_num="don't know")
print(jake)
#> Student(name='Jake', major='Math', year='sophomore', gpa=3.33, roll_num="don't know")
# --8<-- [end:use]
