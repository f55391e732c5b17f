# requires: Python 3.11
# type checker: mypy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Self, reveal_type


@dataclass
class Student:
    name: str

    @classmethod
    def from_row(cls, row: str) -> Self:
        return cls(row.strip())

    @classmethod
    def from_row_named(cls, row: str) -> "Student":
        return cls(row.strip())


@dataclass
class TA(Student):
    course: str = "CS101"


ta = TA.from_row(" Julia ")
named = TA.from_row_named(" Jake ")
# At run time both are TAs: `cls` is TA either way.
print(type(ta).__name__, type(named).__name__)
#> TA TA
print(named.course)
#> CS101

if TYPE_CHECKING:
    reveal_type(ta)
    reveal_type(named)
