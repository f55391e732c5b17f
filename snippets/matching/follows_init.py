import inspect
from dataclasses import dataclass


@dataclass
class Student:
    first_name: str
    last_name: str


@dataclass(kw_only=True)
class KeywordStudent:
    first_name: str
    last_name: str


# __match_args__ lists the parameters __init__ takes by position.
for cls in (Student, KeywordStudent):
    print(cls.__name__, inspect.signature(cls), cls.__match_args__)
    #> Student (first_name: str, last_name: str) -> None ('first_name', 'last_name')
    #> KeywordStudent (*, first_name: str, last_name: str) -> None ()


def describe(student: object) -> str:
    match student:
        case Student(first, last) | KeywordStudent(first_name=first, last_name=last):
            return f"{first} {last}"
    return "no match"


print(describe(Student("Jane", "Lee")))
#> Jane Lee
print(describe(KeywordStudent(first_name="Julia", last_name="Ng")))
#> Julia Ng

# A positional sub-pattern needs a name in __match_args__ to stand for.
try:
    match KeywordStudent(first_name="Julia", last_name="Ng"):
        case KeywordStudent(first):
            print(first)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: KeywordStudent() accepts 0 positional sub-patterns (1 given)
