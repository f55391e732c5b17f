import inspect
from dataclasses import dataclass


@dataclass
class Student:
    name: str
    major: str
    year: str
    gpa: float


# The decorator wrote these methods into the class itself.
print([name for name in ("__init__", "__repr__", "__eq__") if name in vars(Student)])
#> ['__init__', '__repr__', '__eq__']
print(inspect.signature(Student.__init__))
#> (self, name: str, major: str, year: str, gpa: float) -> None

jane = Student("Jane", "Computer Science", "senior", 3.99)
print(jane)
#> Student(name='Jane', major='Computer Science', year='senior', gpa=3.99)

# __eq__ compares the fields, in order, of two objects of the same class.
print(jane == Student("Jane", "Computer Science", "senior", 3.99))
#> True
print(jane == Student("Jane", "Computer Science", "senior", 3.5))
#> False
print(jane is Student("Jane", "Computer Science", "senior", 3.99))
#> False

# Objects that compare by value but can change must not be hashed.
print(Student.__hash__)
#> None
