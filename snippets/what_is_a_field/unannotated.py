from dataclasses import dataclass, fields


@dataclass
class Student:
    first_name: str
    clubs = []  # no annotation: a class attribute, not a field


jane = Student("Jane")
julia = Student("Julia")
jane.clubs.append("Chess")

print([f.name for f in fields(Student)])
#> ['first_name']
print(julia.clubs, julia.clubs is Student.clubs)
#> ['Chess'] True
