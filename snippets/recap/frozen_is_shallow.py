from dataclasses import dataclass


@dataclass(frozen=True)
class Student:
    name: str
    classes: list[str]


jane = Student("Jane", ["Algebra"])

# frozen=True blocks assignment to the fields, not changes inside their values.
jane.classes.append("Physics")
print(jane)
#> Student(name='Jane', classes=['Algebra', 'Physics'])

try:
    hash(jane)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: unhashable type: 'list'
