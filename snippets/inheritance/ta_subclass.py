import inspect
from dataclasses import dataclass, field


# --8<-- [start:classes]
@dataclass
class Student:
    first_name: str
    last_name: str
    major: str
    year: str
    gpa: float
    email: str = field(init=False)
    tuition: int = 10000

    def __post_init__(self):
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"


@dataclass
class TA(Student):
    course: str | None = None  # None means "not assigned yet"
    hours_per_week: int = 0
    stipend: int = 100
# --8<-- [end:classes]


# --8<-- [start:use]
mia = TA("Mia", "Gray", "Math", "senior", 4.00, 33000, "Algebra", 5, 500)
print(mia.course, mia.hours_per_week, mia.stipend)
#> Algebra 5 500
print(mia.email)  # the inherited __post_init__ ran
#> Mia.Gray@uni.edu
print(TA("Leo", "Park", "Physics", "junior", 3.7).course)
#> None
print(inspect.signature(TA))
#> (first_name: str, last_name: str, major: str, year: str, gpa: float, tuition: int = 10000, course: str | None = None, hours_per_week: int = 0, stipend: int = 100) -> None
# --8<-- [end:use]
