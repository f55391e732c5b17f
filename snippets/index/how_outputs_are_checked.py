from dataclasses import dataclass


@dataclass
class Student:
    name: str
    gpa: float


jane = Student("Jane", 3.99)
print(jane)
#> Student(name='Jane', gpa=3.99)
print(jane == Student("Jane", 3.99))
#> True
