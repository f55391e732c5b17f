# requires: Python 3.11
# type checker: mypy
from dataclasses import dataclass
from typing import TypeVar, dataclass_transform

T = TypeVar("T")


# The mark promises order=True; the body no longer passes it.
@dataclass_transform(order_default=True)
def record(cls: type[T]) -> type[T]:
    return dataclass(cls)


@record
class Student:
    name: str
    gpa: float = 0.0


try:
    print(Student("Jane", 3.9) < Student("Julia", 3.5))
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: '<' not supported between instances of 'Student' and 'Student'
