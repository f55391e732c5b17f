from dataclasses import InitVar, dataclass, field, fields, replace


@dataclass
class Student:
    first_name: str
    last_name: str
    domain: InitVar[str] = "uni.edu"
    email: str = field(init=False)

    def __post_init__(self, domain: str) -> None:
        self.email = f"{self.first_name}.{self.last_name}@{domain}"


jane = Student("Jane", "Lee", "cs.uni.edu")
print(jane)
#> Student(first_name='Jane', last_name='Lee', email='Jane.Lee@cs.uni.edu')
print([f.name for f in fields(Student)], "domain" in vars(jane))
#> ['first_name', 'last_name', 'email'] False

# replace() has no stored domain to pass on: __post_init__ gets the default.
print(replace(jane, last_name="Smith"))
#> Student(first_name='Jane', last_name='Smith', email='Jane.Smith@uni.edu')
