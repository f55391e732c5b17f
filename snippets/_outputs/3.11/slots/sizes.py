import random
import string
import struct
import sys
from dataclasses import dataclass, field

from pympler.asizeof import asizeof

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


jane = Student("Jane", "Lee", "Computer Science", "senior", 3.99, 30000)
jane_slots = StudentSlots("Jane", "Lee", "Computer Science", "senior", 3.99, 30000)

# --8<-- [start:getsizeof]
# Every reference is a pointer: 8 bytes on a 64-bit build, 4 on a 32-bit one.
print(f"pointer size:             {struct.calcsize('P')} bytes")
#> pointer size:             8 bytes
print(f"getsizeof(jane):          {sys.getsizeof(jane)}")
#> getsizeof(jane):          56
print(f"getsizeof(jane_slots):    {sys.getsizeof(jane_slots)}")
#> getsizeof(jane_slots):    96
# On 3.11 and newer, this expression creates the dictionary it measures.
print(f"getsizeof(jane.__dict__): {sys.getsizeof(jane.__dict__)}")
#> getsizeof(jane.__dict__): 296
# --8<-- [end:getsizeof]

# --8<-- [start:asizeof]
size_without = asizeof(jane)
size_with = asizeof(jane_slots)
print(f"asizeof(jane):       {size_without}")
#> asizeof(jane):       1256
print(f"asizeof(jane_slots): {size_with}")
#> asizeof(jane_slots): 528

saving = (size_without - size_with) / size_without * 100
print(f"saving: {saving:.1f} %")
#> saving: 58.0 %
# --8<-- [end:asizeof]

# --8<-- [start:wrong]
# Subtracting the wrong way round gives the same figure with a minus sign.
print(f"{(size_with - size_without) / size_without * 100:.1f} %")
#> -58.0 %
# Dividing by the slotted size measures the saving against the wrong base.
print(f"{(size_without - size_with) / size_with * 100:.1f} %")
#> 137.9 %
# --8<-- [end:wrong]
