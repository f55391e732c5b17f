from dataclasses import dataclass, field


@dataclass(frozen=True)
class Student:
    first_name: str
    last_name: str
    gpa: float = field(compare=False)  # hash=None follows compare: left out
    advisor: str = field(default="", hash=False)  # compared, but not hashed


jane = Student("Jane", "Lee", 3.99, "Dr Moss")

# The generated __hash__ hashes a tuple of the chosen fields, in order.
print(hash(jane) == hash(("Jane", "Lee")))
#> True
print(hash(jane) == hash(Student("Jane", "Lee", 2.5, "Dr Park")))
#> True
print(jane == Student("Jane", "Lee", 2.5, "Dr Park"))
#> False
