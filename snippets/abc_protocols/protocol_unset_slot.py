from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@runtime_checkable
class Named(Protocol):
    first_name: str


@dataclass
class Student:
    first_name: str = field(init=False)


@dataclass(slots=True)
class SlottedStudent:
    first_name: str = field(init=False)


# Neither instance has a first_name yet.
jane, julia = Student(), SlottedStudent()
print(hasattr(jane, "first_name"), hasattr(julia, "first_name"))
#> False False
print(isinstance(jane, Named), isinstance(julia, Named))
#> False True
