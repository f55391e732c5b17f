import random
import string
from dataclasses import dataclass, field

ALPHABET = string.ascii_uppercase + string.digits


def make_student_class(rng: random.Random) -> type:
    """A Student class whose roll numbers come from `rng`."""

    @dataclass
    class Student:
        name: str
        roll_num: str = field(default_factory=lambda: "".join(rng.choices(ALPHABET, k=9)))

    return Student


# Two runs of the same program, each starting from seed 42.
FirstRun = make_student_class(random.Random(42))
print(FirstRun("Jane").roll_num)
#> XAJI0Y6DP

SecondRun = make_student_class(random.Random(42))
SecondRun("Julia")  # one more student is created before Jane this time
print(SecondRun("Jane").roll_num)
#> BHSAHXTHV
