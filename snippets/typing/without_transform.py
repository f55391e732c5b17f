# type checker: mypy
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


# A decorator of the project's own that applies @dataclass for you.
def record(cls: type[T]) -> type[T]:
    return dataclass(order=True)(cls)


@record
class Student:
    name: str
    gpa: float = 0.0


jane = Student("Jane", 3.9)
print(jane)
#> Student(name='Jane', gpa=3.9)
print(jane < Student("Julia", 3.5))
#> True
