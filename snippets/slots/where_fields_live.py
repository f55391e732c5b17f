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


def allocated(make, first: int, count: int) -> int:
    """Bytes still allocated after calling make(i) for `count` values of i, keeping the results."""
    kept = [None] * count
    before = tracemalloc.get_traced_memory()[0]
    for n in range(count):
        kept[n] = make(first + n)
    return tracemalloc.get_traced_memory()[0] - before


def allocated_per_call(make) -> int:
    """What one more call of make(i) costs, for i from 0 to 4 * COUNT - 1, each used once."""
    gc.collect()
    gc.disable()  # a collection part-way through would free unrelated objects
    tracemalloc.start()
    allocated(make, 0, COUNT)  # the first calls also pay for caches that fill once
    one_batch = allocated(make, COUNT, COUNT)
    two_batches = allocated(make, 2 * COUNT, 2 * COUNT)
    tracemalloc.stop()
    gc.enable()
    # Whatever a batch pays once, both batches pay: the difference is COUNT calls.
    return round((two_batches - one_batch) / COUNT)


# Each slot holds one reference, a pointer: 8 bytes on a 64-bit build, 4 on a 32-bit one.
print(f"pointer size:                     {struct.calcsize('P')} bytes")
#> pointer size:                     8 bytes
print("slots:", *StudentSlots.__slots__)
#> slots: first_name last_name major year gpa roll_num email tuition

# The field values exist already: creating a student allocates the student only.
students = [Student(*FIELDS) for _ in range(4 * COUNT)]
print(f"getsizeof(Student(...)):          {sys.getsizeof(students[0])}")
#> getsizeof(Student(...)):          48
print(f"allocated per Student(...):       {allocated_per_call(lambda i: Student(*FIELDS))}")
#> allocated per Student(...):       144
print(f"getsizeof(StudentSlots(...)):     {sys.getsizeof(StudentSlots(*FIELDS))}")
#> getsizeof(StudentSlots(...)):     96
print(f"allocated per StudentSlots(...):  {allocated_per_call(lambda i: StudentSlots(*FIELDS))}")
#> allocated per StudentSlots(...):  96

# Each student's __dict__ is evaluated twice: does either time allocate?
print(f"allocated per first .__dict__:    {allocated_per_call(lambda i: students[i].__dict__)}")
#> allocated per first .__dict__:    64
print(f"allocated per second .__dict__:   {allocated_per_call(lambda i: students[i].__dict__)}")
#> allocated per second .__dict__:   0
print(f"getsizeof(student.__dict__):      {sys.getsizeof(students[0].__dict__)}")
#> getsizeof(student.__dict__):      136
