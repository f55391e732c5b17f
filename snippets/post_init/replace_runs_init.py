import random
import string
from dataclasses import dataclass, field, replace

ALPHABET = string.ascii_uppercase + string.digits
_roll_rng = random.Random(42)
post_init_ran_for: list[str] = []


def generate_roll_num() -> str:
    return "".join(_roll_rng.choices(ALPHABET, k=9))


@dataclass
class Student:
    first_name: str
    last_name: str
    roll_num: str = field(default_factory=generate_roll_num, init=False)
    email: str = field(init=False)

    def __post_init__(self) -> None:
        post_init_ran_for.append(f"{self.first_name} {self.last_name}")
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"


jane = Student("Jane", "Lee")
renamed = replace(jane, last_name="Smith")
print(post_init_ran_for)
#> ['Jane Lee', 'Jane Smith']
print(jane)
#> Student(first_name='Jane', last_name='Lee', roll_num='XAJI0Y6DP', email='Jane.Lee@uni.edu')
print(renamed)
#> Student(first_name='Jane', last_name='Smith', roll_num='BHSAHXTHV', email='Jane.Smith@uni.edu')

try:
    replace(jane, roll_num=jane.roll_num)
except (TypeError, ValueError) as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: field roll_num is declared with init=False, it cannot be specified with replace()
