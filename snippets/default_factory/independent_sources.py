import itertools
import random
import secrets
import string
from dataclasses import dataclass, field

ALPHABET = string.ascii_uppercase + string.digits

_roll_rng = random.Random(42)  # belongs to this module alone
_enrolment_numbers = itertools.count(1)


def generate_roll_num() -> str:
    return "".join(_roll_rng.choices(ALPHABET, k=9))


@dataclass
class Student:
    name: str
    # Repeatable: the same numbers on every run, whatever else uses `random`.
    roll_num: str = field(default_factory=generate_roll_num)
    # Sequential: numbered in the order the students were created.
    enrolment: int = field(default_factory=lambda: next(_enrolment_numbers))
    # Unguessable: different on every run, so print only its shape.
    token: str = field(default_factory=lambda: secrets.token_hex(8))


random.seed(0)  # someone else reseeds the global generator: no effect here
random.random()
jane = Student("Jane")
julia = Student("Julia")
print(jane.roll_num, jane.enrolment)
#> XAJI0Y6DP 1
print(julia.roll_num, julia.enrolment)
#> BHSAHXTHV 2
print(len(jane.token), jane.token != julia.token)
#> 16 True
