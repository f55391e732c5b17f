import inspect
from dataclasses import KW_ONLY, dataclass

try:

    @dataclass
    class Draft:
        name: str
        year: str = "freshman"
        major: str

except TypeError as error:
    print(error)
    #> non-default argument 'major' follows default argument


@dataclass
class Student:
    name: str
    year: str = "freshman"
    _: KW_ONLY  # every field below this line is keyword-only
    major: str
    gpa: float = 0.0


print(inspect.signature(Student))
#> (name: str, year: str = 'freshman', *, major: str, gpa: float = 0.0) -> None
print(Student("Jane", "senior", major="Computer Science"))
#> Student(name='Jane', year='senior', major='Computer Science', gpa=0.0)

try:
    Student("Jane", "senior", "Computer Science")
except TypeError as error:
    print(error)
    #> Student.__init__() takes from 2 to 3 positional arguments but 4 were given
