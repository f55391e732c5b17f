# --8<-- [start:builders]
from dataclasses import dataclass
from typing import NamedTuple

import attrs
import msgspec
import pydantic


class TupleStudent(NamedTuple):
    name: str
    gpa: float


@dataclass
class DataStudent:
    name: str
    gpa: float


@dataclass(slots=True)
class SlottedStudent:
    name: str
    gpa: float


@attrs.define
class AttrsStudent:
    name: str
    gpa: float


class PydanticStudent(pydantic.BaseModel):
    name: str
    gpa: float


class MsgspecStudent(msgspec.Struct):
    name: str
    gpa: float
# --8<-- [end:builders]

# --8<-- [start:behaviour]
students = {
    "tuple": ("Jane", 3.9),
    "NamedTuple": TupleStudent("Jane", 3.9),
    "@dataclass": DataStudent("Jane", 3.9),
    "@dataclass(slots=True)": SlottedStudent("Jane", 3.9),
    "attrs.define": AttrsStudent("Jane", 3.9),
    "pydantic.BaseModel": PydanticStudent(name="Jane", gpa=3.9),  # keywords only
    "msgspec.Struct": MsgspecStudent("Jane", 3.9),
}


def outcome(action, student) -> str:
    """What an action returns, or the name of the exception it raises."""
    try:
        return repr(action(student))
    except (AttributeError, TypeError) as error:
        return type(error).__name__


def unpacked(student) -> tuple:
    name, gpa = student
    return name, gpa


def hashed(student) -> bool:
    return isinstance(hash(student), int)


def assigned(student) -> object:
    student.gpa = "high"
    return student.gpa


print(f"{'':23} {'== tuple':8} {'name, gpa = student':32} {'hash':9} {'__dict__':8} gpa = 'high'")
#>                         == tuple name, gpa = student              hash      __dict__ gpa = 'high'
for label, student in students.items():
    equal = student == ("Jane", 3.9)
    has_dict = hasattr(student, "__dict__")
    columns = [outcome(action, student) for action in (unpacked, hashed, assigned)]
    print(f"{label:23} {equal!s:8} {columns[0]:32} {columns[1]:9} {has_dict!s:8} {columns[2]}")
    #> tuple                   True     ('Jane', 3.9)                    True      False    AttributeError
    #> NamedTuple              True     ('Jane', 3.9)                    True      False    AttributeError
    #> @dataclass              False    TypeError                        TypeError True     'high'
    #> @dataclass(slots=True)  False    TypeError                        TypeError False    'high'
    #> attrs.define            False    TypeError                        TypeError False    'high'
    #> pydantic.BaseModel      False    (('name', 'Jane'), ('gpa', 3.9)) TypeError True     'high'
    #> msgspec.Struct          False    TypeError                        TypeError False    'high'
# --8<-- [end:behaviour]

# --8<-- [start:bad_input]
# Calling the class: only pydantic reads the annotation.
def called(cls) -> str:
    try:
        return f"gpa={cls(name='Jim', gpa='high').gpa!r}"
    except pydantic.ValidationError as error:
        first = error.errors()[0]
        return f"{type(error).__name__}: {first['type']}, {first['msg']}"


builders = (TupleStudent, DataStudent, SlottedStudent, AttrsStudent, PydanticStudent, MsgspecStudent)
for cls in builders:
    print(f"{cls.__name__:16} {called(cls)}")
    #> TupleStudent     gpa='high'
    #> DataStudent      gpa='high'
    #> SlottedStudent   gpa='high'
    #> AttrsStudent     gpa='high'
    #> PydanticStudent  ValidationError: float_parsing, Input should be a valid number, unable to parse string as a number
    #> MsgspecStudent   gpa='high'

# pydantic converts what it can read as a number; msgspec checks when it
# decodes or converts data, and converts nothing by default.
print(repr(PydanticStudent(name="Jim", gpa="3.5").gpa))
#> 3.5
for gpa in ("high", "3.5"):
    try:
        msgspec.convert({"name": "Jim", "gpa": gpa}, MsgspecStudent)
    except msgspec.ValidationError as error:
        print(f"{type(error).__name__}: {error}")
        #> ValidationError: Expected `float`, got `str` - at `$.gpa`
        #> ValidationError: Expected `float`, got `str` - at `$.gpa`

# pydantic takes keywords only.
try:
    PydanticStudent("Jim", 3.5)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: BaseModel.__init__() takes 1 positional argument but 3 were given
# --8<-- [end:bad_input]
