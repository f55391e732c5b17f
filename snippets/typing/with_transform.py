# requires: Python 3.11
# type checker: mypy
from dataclasses import dataclass
from typing import TypeVar, dataclass_transform

T = TypeVar("T")


# The same decorator, marked: it makes classes the way @dataclass does.
@dataclass_transform(order_default=True)
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

# The marker does nothing at run time but note its arguments.
print(vars(record)["__dataclass_transform__"])
#> {'eq_default': True, 'order_default': True, 'kw_only_default': False, 'frozen_default': False, 'field_specifiers': (), 'kwargs': {}}

# A wrong type still runs; the type checker now sees it.
print(Student("Jake", gpa="high"))
#> Student(name='Jake', gpa='high')
