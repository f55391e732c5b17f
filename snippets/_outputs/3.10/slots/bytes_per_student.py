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


def allocated(cls: type, count: int) -> int:
    """Bytes still allocated after creating `count` students and keeping them."""
    students = [None] * count
    before = tracemalloc.get_traced_memory()[0]
    for i in range(count):
        students[i] = cls("Jane", "Lee", "Computer Science", "senior", 3.99, 30000)
    return tracemalloc.get_traced_memory()[0] - before


def bytes_per_student(cls: type) -> int:
    """What one more student costs once the program is under way."""
    gc.collect()
    gc.disable()  # a collection part-way through would free unrelated objects
    tracemalloc.start()
    allocated(cls, COUNT)  # the first students also pay for caches that fill once
    one_batch = allocated(cls, COUNT)
    two_batches = allocated(cls, 2 * COUNT)
    tracemalloc.stop()
    gc.enable()
    # Whatever a batch pays once, both batches pay: the difference is COUNT students.
    return round((two_batches - one_batch) / COUNT)


without_slots = bytes_per_student(Student)
with_slots = bytes_per_student(StudentSlots)
print(f"Student:      {without_slots} bytes per instance")
#> Student:      315 bytes per instance
print(f"StudentSlots: {with_slots} bytes per instance")
#> StudentSlots: 219 bytes per instance
saving = (without_slots - with_slots) / without_slots * 100
print(f"saving: {saving:.1f} %")
#> saving: 30.5 %
