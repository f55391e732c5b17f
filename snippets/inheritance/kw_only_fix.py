import inspect
from dataclasses import KW_ONLY, dataclass, field


@dataclass
class Student:
    first_name: str
    last_name: str
    major: str
    year: str
    gpa: float
    email: str = field(init=False)
    tuition: int = 10000


@dataclass
class TA(Student):
    _: KW_ONLY  # every field after this line is keyword-only
    course: str
    hours_per_week: int
    stipend: int


print(inspect.signature(TA))
#> (first_name: str, last_name: str, major: str, year: str, gpa: float, tuition: int = 10000, *, course: str, hours_per_week: int, stipend: int) -> None

mia = TA("Mia", "Gray", "Math", "senior", 4.00, course="Algebra", hours_per_week=5, stipend=500)
print(mia.course, mia.tuition)
#> Algebra 10000

try:
    TA("Leo", "Park", "Physics", "junior", 3.7)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: TA.__init__() missing 3 required keyword-only arguments: 'course', 'hours_per_week', and 'stipend'


@dataclass(kw_only=True)  # the same, for the fields this class declares
class GraderTA(Student):
    course: str
    hours_per_week: int


print(inspect.signature(GraderTA))
#> (first_name: str, last_name: str, major: str, year: str, gpa: float, tuition: int = 10000, *, course: str, hours_per_week: int) -> None
