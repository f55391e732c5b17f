from dataclasses import dataclass, field, fields


@dataclass
class Student:
    first_name: str
    last_name: str
    email: str = field(init=False)  # no default, and nothing sets it


jane = Student("Jane", "Lee")
print([f.name for f in fields(Student)])
#> ['first_name', 'last_name', 'email']
print(vars(jane))
#> {'first_name': 'Jane', 'last_name': 'Lee'}

try:
    print(jane)
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
    #> AttributeError: 'Student' object has no attribute 'email'
