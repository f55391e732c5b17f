from dataclasses import dataclass, fields

try:

    @dataclass
    class Student:
        name: str
        advisor: Teacher | None = None  # Teacher is defined below

    print("Student is defined")
    #> Student is defined
except NameError as error:
    print(f"{type(error).__name__}: {error}")


@dataclass
class Teacher:
    name: str


if "Student" in globals():
    print(Student("Jane", Teacher("Dr Moss")))
    #> Student(name='Jane', advisor=Teacher(name='Dr Moss'))
    # The class's annotations are evaluated now that Teacher exists...
    print(Student.__annotations__["advisor"])
    #> __main__.Teacher | None
    # ...but fields() kept what the decorator saw when Teacher did not exist.
    print(repr(fields(Student)[1].type))
    #> ForwardRef('Teacher | None', is_class=True, owner=<class '__main__.Student'>)
