from __future__ import annotations

import typing
from dataclasses import dataclass, fields


def check_types(obj: object) -> None:
    """Raise TypeError for a field whose value is not of its annotated type."""
    hints = typing.get_type_hints(type(obj))
    for field in fields(obj):
        value = getattr(obj, field.name)
        if not isinstance(value, hints[field.name]):
            raise TypeError(f"{field.name}: {value!r} is not {hints[field.name]}")


def check_outer_types(obj: object) -> None:
    """The same check against the outer type only: list for list[int]."""
    hints = typing.get_type_hints(type(obj))
    for field in fields(obj):
        expected = typing.get_origin(hints[field.name]) or hints[field.name]
        if not isinstance(getattr(obj, field.name), expected):
            raise TypeError(f"{field.name} is not {expected.__name__}")


@dataclass
class Student:
    first_name: str
    grades: list[int]

    def __post_init__(self) -> None:
        check_types(self)


@dataclass
class LooseStudent:
    first_name: str
    grades: list[int]

    def __post_init__(self) -> None:
        check_outer_types(self)


# With the __future__ import, each annotation is a string.
print(repr(fields(Student)[1].type))
#> 'list[int]'
try:
    Student("Jane", [90, 85])
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: isinstance() argument 2 cannot be a parameterized generic

print(LooseStudent("Jane", [90, 85]))
#> LooseStudent(first_name='Jane', grades=[90, 85])
# The items are never looked at.
print(LooseStudent("Jim", ["ninety", None]))
#> LooseStudent(first_name='Jim', grades=['ninety', None])
