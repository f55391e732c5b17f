import gc
import random
import string
import tracemalloc
from dataclasses import dataclass, field

ALPHABET = string.ascii_uppercase + string.digits
_roll_rng = random.Random(42)
COUNT = 2000


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


def bytes_per_student(cls: type) -> float:
    """What one more student costs: the memory COUNT of them allocate, divided by COUNT."""
    students = [None] * COUNT
    gc.collect()  # also empties the free lists, whose objects tracemalloc would not see
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(COUNT):
        students[i] = cls("Jane", "Lee", "Computer Science", "senior", 3.99, 30000)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / COUNT


without_slots = bytes_per_student(Student)
with_slots = bytes_per_student(StudentSlots)
print(f"Student:      {without_slots:.1f} bytes per instance")
#> Student:      316.4 bytes per instance
print(f"StudentSlots: {with_slots:.1f} bytes per instance")
#> StudentSlots: 219.7 bytes per instance
saving = (without_slots - with_slots) / without_slots * 100
print(f"saving: {saving:.1f} %")
#> saving: 30.6 %
