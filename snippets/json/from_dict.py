from __future__ import annotations

import json
import typing
from dataclasses import asdict, dataclass, fields, is_dataclass
from datetime import date


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


# --8<-- [start:from_dict]
def from_dict(cls: type, data: dict) -> object:
    """Build `cls` from what json.loads returned, nested classes included."""
    names = {f.name for f in fields(cls)}
    unknown = sorted(data.keys() - names)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {', '.join(map(repr, unknown))}")
    hints = typing.get_type_hints(cls)
    return cls(**{name: convert(hints[name], value) for name, value in data.items()})


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


jane = Student("Jane", date(2024, 9, 2), Advisor("Dr. Lee", "B204"), [Advisor("Dr. Chen", "A11")])
text = json.dumps(asdict(jane), default=date.isoformat)

print(repr(fields(Student)[2].type))
#> 'Advisor'
back = from_dict(Student, json.loads(text))
print(back.advisor)
#> Advisor(name='Dr. Lee', office='B204')
print(back == jane)
#> True

try:
    from_dict(Student, {**json.loads(text), "gpa": 3.9, "club": "chess"})
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Student has no field 'club', 'gpa'
