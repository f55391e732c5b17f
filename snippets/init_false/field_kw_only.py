import inspect
from dataclasses import dataclass, field, fields


@dataclass
class Student:
    name: str
    gpa: float = field(default=0.0, kw_only=True)
    major: str = "Undeclared"
    year: str = field(kw_only=True)


# __init__ moves keyword-only fields after the others...
print(inspect.signature(Student))
#> (name: str, major: str = 'Undeclared', *, gpa: float = 0.0, year: str) -> None
# ...while the fields, the repr and __eq__ keep the order of the class body.
print([f.name for f in fields(Student)])
#> ['name', 'gpa', 'major', 'year']
print(Student("Jane", "Computer Science", year="senior", gpa=3.99))
#> Student(name='Jane', gpa=3.99, major='Computer Science', year='senior')
