from dataclasses import dataclass


@dataclass
class Student:
    first_name: str
    gpa: float


odd = Student(first_name=42, gpa="very high")
print(odd)
#> Student(first_name=42, gpa='very high')
print(type(odd.first_name).__name__, type(odd.gpa).__name__)
#> int str
print(Student.__annotations__)
#> {'first_name': <class 'str'>, 'gpa': <class 'float'>}
