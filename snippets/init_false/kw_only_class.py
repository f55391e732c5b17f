import inspect
from dataclasses import dataclass


@dataclass(kw_only=True)
class Student:
    name: str
    year: str = "freshman"
    major: str  # no default after a default: fine when every field is keyword-only


print(inspect.signature(Student))
#> (*, name: str, year: str = 'freshman', major: str) -> None
print(Student(name="Jane", major="Computer Science"))
#> Student(name='Jane', year='freshman', major='Computer Science')

try:
    Student("Jane", "senior", "Computer Science")
except TypeError as error:
    print(error)
    #> Student.__init__() takes 1 positional argument but 4 were given

try:
    Student(name="Jane")
except TypeError as error:
    print(error)
    #> Student.__init__() missing 1 required keyword-only argument: 'major'
