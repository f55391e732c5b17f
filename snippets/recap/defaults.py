from dataclasses import dataclass


@dataclass
class Student:
    name: str
    major: str = "Undeclared"
    year: str = "freshman"


print(Student("Jane"))
#> Student(name='Jane', major='Undeclared', year='freshman')
print(Student("Julia", "Economics"))
#> Student(name='Julia', major='Economics', year='freshman')
print(Student("Jake", year="sophomore"))
#> Student(name='Jake', major='Undeclared', year='sophomore')

# A default is one object, stored once: the generated __init__ reuses it.
print(Student.__init__.__defaults__)
#> ('Undeclared', 'freshman')
