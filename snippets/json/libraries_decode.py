import json
from dataclasses import dataclass
from datetime import date

import msgspec
from pydantic import ConfigDict, PydanticUserError, TypeAdapter, ValidationError


@dataclass
class Advisor:
    name: str
    office: str


@dataclass
class Student:
    first_name: str
    enrolled: date
    advisor: Advisor


advisor = {"name": "Dr. Lee", "office": "B204"}
# "gpa" is not a field of Student.
text = json.dumps({"first_name": "Jane", "enrolled": "2024-09-02", "advisor": advisor, "gpa": 3.9})

jane = msgspec.json.decode(text, type=Student)
print(jane)
#> Student(first_name='Jane', enrolled=datetime.date(2024, 9, 2), advisor=Advisor(name='Dr. Lee', office='B204'))
print(msgspec.json.encode(jane))
#> b'{"first_name":"Jane","enrolled":"2024-09-02","advisor":{"name":"Dr. Lee","office":"B204"}}'

students = TypeAdapter(Student)
print(students.validate_json(text) == jane)
#> True
print(students.dump_json(jane))
#> b'{"first_name":"Jane","enrolled":"2024-09-02","advisor":{"name":"Dr. Lee","office":"B204"}}'

bad = json.dumps({"first_name": "Jim", "enrolled": "2024-09-31", "advisor": None})
try:
    msgspec.json.decode(bad, type=Student)
except msgspec.ValidationError as error:
    print(f"msgspec: {error}")
    #> msgspec: Invalid RFC3339 encoded date - at `$.enrolled`
try:
    students.validate_json(bad)
except ValidationError as error:
    for problem in error.errors():
        print(f"pydantic: {problem['loc']} {problem['msg']}")
        #> pydantic: ('enrolled',) Input should be a valid date or datetime, day value is outside expected range
        #> pydantic: ('advisor',) Input should be an object


# For a standard data class, pydantic takes settings from the class body only.
try:
    TypeAdapter(Student, config=ConfigDict(extra="forbid"))
except PydanticUserError as error:
    print(f"{type(error).__name__}: {error.code}")
    #> PydanticUserError: type-adapter-config-unused


@dataclass
class StrictStudent(Student):
    __pydantic_config__ = ConfigDict(extra="forbid")


try:
    TypeAdapter(StrictStudent).validate_json(text)
except ValidationError as error:
    for problem in error.errors():
        print(f"pydantic: {problem['loc']} {problem['msg']}")
        #> pydantic: ('gpa',) Unexpected keyword argument
