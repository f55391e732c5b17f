import gc
import struct
import sys
import tracemalloc
from dataclasses import dataclass

FIELDS = ("Jane", "Lee", "Computer Science", "senior", 3.99, "XAJI0Y6DP", "Jane.Lee@uni.edu", 30000)
COUNT = 1000


@dataclass
class Student:
    first_name: str
    last_name: str
    major: str
    year: str
    gpa: float
    roll_num: str
    email: str
    tuition: int


@dataclass(slots=True)
class StudentSlots:
    first_name: str
    last_name: str
    major: str
    year: str
    gpa: float
    roll_num: str
    email: str
    tuition: int


def allocated_per_call(make) -> int:
    """Bytes allocated per call of make(), averaged over COUNT calls whose results are kept,
    to the nearest 8 bytes: tracemalloc's own bookkeeping varies by a byte or two."""
    kept = [None] * COUNT
    gc.collect()  # also empties the free lists, whose objects tracemalloc would not see
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(COUNT):
        kept[i] = make(i)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return round((after - before) / COUNT / 8) * 8


# The field values exist already: creating a student allocates the student only.
students = [Student(*FIELDS) for _ in range(COUNT)]
print(f"getsizeof(Student(...)):           {sys.getsizeof(students[0])}")
#> getsizeof(Student(...)):           48
print(f"allocated per Student(...):        {allocated_per_call(lambda i: Student(*FIELDS))}")
#> allocated per Student(...):        192
print(f"getsizeof(StudentSlots(...)):      {sys.getsizeof(StudentSlots(*FIELDS))}")
#> getsizeof(StudentSlots(...)):      96
print(f"allocated per StudentSlots(...):   {allocated_per_call(lambda i: StudentSlots(*FIELDS))}")
#> allocated per StudentSlots(...):   96

# Does evaluating student.__dict__ allocate a dictionary? A dict object takes
# 64 bytes on a 64-bit build; count anything from half of that as one.
DICT_HALF = 4 * struct.calcsize("P")
first = allocated_per_call(lambda i: students[i].__dict__)
second = allocated_per_call(lambda i: students[i].__dict__)
print(f"first .__dict__ allocates a dict:  {first >= DICT_HALF}")
#> first .__dict__ allocates a dict:  False
print(f"second .__dict__ allocates a dict: {second >= DICT_HALF}")
#> second .__dict__ allocates a dict: False
print(f"getsizeof(student.__dict__):       {sys.getsizeof(students[0].__dict__)}")
#> getsizeof(student.__dict__):       144
