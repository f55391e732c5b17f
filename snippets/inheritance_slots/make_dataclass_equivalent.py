import typing  # noqa: F401  (the page says why: from 3.14 the types below depend on it)
from dataclasses import dataclass, field, fields, make_dataclass


@dataclass(slots=True)
class Student:
    name: str
    gpa: float = 0.0
    classes: list[str] = field(default_factory=list)


Made = make_dataclass(
    "Made",
    [
        ("name", str),
        ("gpa", float, 0.0),
        ("classes", list[str], field(default_factory=list)),
    ],
    slots=True,
)

print(Made("Jane", 3.99))
#> Made(name='Jane', gpa=3.99, classes=[])

def describe(cls: type) -> list[tuple[object, ...]]:
    return [(f.name, f.type, f.default, f.default_factory) for f in fields(cls)]


print(describe(Made) == describe(Student))
#> True
print(Made.__slots__, Made.__module__)
#> ('name', 'gpa', 'classes') __main__

# Fields given by name alone are typed typing.Any: a list shows each repr().
Loose = make_dataclass("Loose", ["name", "gpa"])
print([f.type for f in fields(Loose)])
#> [typing.Any, typing.Any]
