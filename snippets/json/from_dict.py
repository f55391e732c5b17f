from __future__ import annotations

import json
import typing
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date


# --8<-- [start:from_dict]
def from_dict(cls: type, data: dict) -> object:
    """Build `cls` from what json.loads returned, nested classes included."""
    unknown = sorted(data.keys() - {f.name for f in fields(cls)})
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(map(repr, unknown))}")
    hints = typing.get_type_hints(cls)
    # A field with init=False is the class's to set: __init__ does not take it.
    given = [f.name for f in fields(cls) if f.init and f.name in data]
    return cls(**{name: convert(hints[name], data[name]) for name in given})


def convert(hint: object, value: object) -> object:
    if is_dataclass(hint):
        return from_dict(hint, value)
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        return [convert(item, v) for v in value]
    if hint is date:
        return date.fromisoformat(value)
    return value
# --8<-- [end:from_dict]


# --8<-- [start:use]
@dataclass
class Advisor:
    name: str
    office: str


@dataclass
class Student:
    first_name: str
    enrolled: date
    advisor: Advisor
    past_advisors: list[Advisor]
    email: str = field(init=False)

    def __post_init__(self) -> None:
        self.email = f"{self.first_name.lower()}@uni.edu"


jane = Student("Jane", date(2024, 9, 2), Advisor("Dr. Lee", "B204"), [Advisor("Dr. Chen", "A11")])
data = json.loads(json.dumps(asdict(jane), default=date.isoformat))

print(repr(fields(Student)[2].type))
#> 'Advisor'
back = from_dict(Student, data)
print(back.advisor)
#> Advisor(name='Dr. Lee', office='B204')
print(back == jane)
#> True

# asdict() wrote the init=False field too, and __init__ refuses it.
print(data["email"])
#> jane@uni.edu
try:
    Student(**data)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Student.__init__() got an unexpected keyword argument 'email'

try:
    from_dict(Student, {**data, "gpa": 3.9, "club": "chess"})
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Student has no field 'club', 'gpa'
# --8<-- [end:use]
