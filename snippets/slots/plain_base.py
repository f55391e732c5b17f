from dataclasses import dataclass


@dataclass  # no slots=True: Person has no __slots__
class Person:
    first_name: str


@dataclass(slots=True)
class Student(Person):
    gpa: float


jane = Student("Jane", 3.99)
print(Student.__slots__)
#> ('first_name', 'gpa')
jane.nickname = "JJ"  # accepted: Person gives every instance a __dict__
print(jane.__dict__)
#> {'nickname': 'JJ'}
