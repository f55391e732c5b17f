from dataclasses import dataclass


class Person:  # a plain class: no __slots__
    pass


@dataclass(slots=True)
class Student(Person):
    first_name: str
    gpa: float


jane = Student("Jane", 3.99)
print(Student.__slots__)
#> ('first_name', 'gpa')
jane.nickname = "JJ"  # accepted: Person gives every instance a __dict__
print(jane.__dict__)
#> {'nickname': 'JJ'}
