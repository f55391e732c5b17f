from pydantic import ValidationError
from pydantic.dataclasses import dataclass


@dataclass
class Student:
    first_name: str
    credits: int
    grades: list[int]


jane = Student("Jane", "42", ["90", 85])
print(jane)
#> Student(first_name='Jane', credits=42, grades=[90, 85])
print(type(jane.credits).__name__, type(jane.grades[0]).__name__)
#> int int

try:
    Student(first_name="Jim", credits=4.5, grades=["ninety"])
except ValidationError as error:
    for problem in error.errors():
        print(f"{problem['loc']} {problem['msg']}")
        #> ('credits',) Input should be a valid integer, got a number with a fractional part
        #> ('grades', 0) Input should be a valid integer, unable to parse string as an integer

# Assignment is not checked unless the class asks for it.
jane.credits = "many"
print(repr(jane.credits))
#> 'many'
