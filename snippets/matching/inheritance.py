import inspect
from dataclasses import KW_ONLY, dataclass


@dataclass
class Student:
    first_name: str
    _: KW_ONLY
    gpa: float = 0.0


@dataclass
class TA(Student):
    course: str


# Base fields come first, the subclass's after them; keyword-only fields,
# wherever they were declared, move to the end of __init__ and stay out of
# __match_args__.
print(inspect.signature(TA))
#> (first_name: str, course: str, *, gpa: float = 0.0) -> None
print(TA.__match_args__)
#> ('first_name', 'course')

match TA("Julia", "CS101", gpa=3.5):
    case TA(name, course, gpa=gpa):
        print(f"{name} teaches {course}, GPA {gpa}")
        #> Julia teaches CS101, GPA 3.5
