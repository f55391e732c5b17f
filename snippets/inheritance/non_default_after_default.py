import inspect
from dataclasses import dataclass, field


@dataclass
class Student:
    first_name: str
    last_name: str
    major: str
    year: str
    gpa: float
    email: str = field(init=False)
    tuition: int = 10000


# The parameters a subclass's __init__ starts with.
print(inspect.signature(Student))
#> (first_name: str, last_name: str, major: str, year: str, gpa: float, tuition: int = 10000) -> None

try:

    @dataclass
    class TA(Student):
        course: str
        hours_per_week: int
        stipend: int

except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: non-default argument 'course' follows default argument 'tuition'
