from dataclasses import dataclass, field, fields


@dataclass
class Student:
    first_name: str
    last_name: str
    gpa: float = field(default=0.0, metadata={"unit": "grade points, 0 to 4"})


# match_args=True (the default) writes __match_args__ for positional patterns.
print(Student.__match_args__)
#> ('first_name', 'last_name', 'gpa')
match Student("Jane", "Lee", 3.99):
    case Student(first, last, gpa=gpa) if gpa > 3.5:
        standing = f"{first} {last} is on the dean's list"
    case Student(first, last):
        standing = f"{first} {last} is in good standing"
print(standing)
#> Jane Lee is on the dean's list

# metadata is kept, read-only, for other code; dataclasses itself ignores it.
gpa_field = fields(Student)[2]
print(gpa_field.metadata["unit"])
#> grade points, 0 to 4
print(type(gpa_field.metadata).__name__)
#> mappingproxy
