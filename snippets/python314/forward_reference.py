from dataclasses import dataclass, fields

try:

    @dataclass
    class Student:
        name: str
        advisor: Teacher | None = None  # Teacher is defined below

    print("Student is defined")
except NameError as error:
    print(f"{type(error).__name__}: {error}")
    #> NameError: name 'Teacher' is not defined


@dataclass
class Teacher:
    name: str


if "Student" in globals():
    print(Student("Jane", Teacher("Dr Moss")))
    # The class's annotations are evaluated now that Teacher exists...
    print(Student.__annotations__["advisor"])
    # ...but fields() kept what the decorator saw when Teacher did not exist.
    print(repr(fields(Student)[1].type))
