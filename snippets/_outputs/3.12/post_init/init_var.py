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

# Nothing is stored, so jane.domain finds the class attribute: the default.
print(jane.domain)
#> uni.edu
# replace() passes on jane.domain like any other parameter: the default again.
print(replace(jane, last_name="Smith"))
#> Student(first_name='Jane', last_name='Smith', email='Jane.Smith@uni.edu')


@dataclass
class StudentNoDefault:
    first_name: str
    last_name: str
    domain: InitVar[str]
    email: str = field(init=False)

    def __post_init__(self, domain: str) -> None:
        self.email = f"{self.first_name}.{self.last_name}@{domain}"


john = StudentNoDefault("John", "Doe", "cs.uni.edu")
try:
    replace(john, last_name="Smith")  # no default to fall back on
except (TypeError, ValueError) as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: InitVar 'domain' must be specified with replace()
print(replace(john, last_name="Smith", domain="cs.uni.edu"))
#> StudentNoDefault(first_name='John', last_name='Smith', email='John.Smith@cs.uni.edu')
