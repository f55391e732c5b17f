import struct
import sys
from dataclasses import dataclass

POINTER = struct.calcsize("P")  # bytes in one reference on this build


@dataclass(slots=True)
class Student:
    name: str


@dataclass(slots=True)
class TA(Student):
    course: str


print(Student.__slots__, TA.__slots__)
#> ('name',) ('name', 'course')
print("name" in vars(TA))
#> True

# How many more references a TA holds than a Student.
jane, julia = Student("Jane"), TA("Julia", "Algebra")
print((sys.getsizeof(julia) - sys.getsizeof(jane)) // POINTER)
#> 2
