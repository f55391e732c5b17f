import random
import string
from dataclasses import dataclass, field

ALPHABET = string.ascii_uppercase + string.digits

random.seed(42)  # the trap: one seed shared by every user of `random`


def generate_roll_num() -> str:
    return "".join(random.choices(ALPHABET, k=9))


@dataclass
class Student:
    name: str
    roll_num: str = field(default_factory=generate_roll_num)


def shuffle_seating(names: list[str]) -> list[str]:
    """Stands for any other code, yours or a library's, that uses `random`."""
    seats = names.copy()
    random.shuffle(seats)
    return seats


print(shuffle_seating(["Ana", "Ben", "Cleo"]))
#> ['Ben', 'Ana', 'Cleo']
# Jane no longer gets XAJI0Y6DP: the shuffle used up part of the sequence.
print(Student("Jane").roll_num)
#> AJI0Y6DPB
