from dataclasses import dataclass, fields
from typing import ClassVar


@dataclass
class Student:
    university: ClassVar[str] = "Uni"
    first_name: str
    last_name: str


jane = Student("Jane", "Lee")
print(jane)
#> Student(first_name='Jane', last_name='Lee')
print([f.name for f in fields(Student)])
#> ['first_name', 'last_name']
print(jane.university, Student.university)
#> Uni Uni
