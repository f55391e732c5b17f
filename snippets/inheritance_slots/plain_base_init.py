from dataclasses import dataclass

calls = []  # Person.__init__ notes each call here


class Person:
    """A plain class, not a data class."""

    def __init__(self, name: str) -> None:
        calls.append(f"Person.__init__({name!r})")
        self.name = name
        self.enrolled = False


@dataclass
class Student(Person):
    gpa: float


jane = Student(3.99)  # the generated __init__ takes only the fields
print(jane)
#> Student(gpa=3.99)
print(vars(jane), calls)
#> {'gpa': 3.99} []


@dataclass
class CompleteStudent(Person):
    name: str
    gpa: float

    def __post_init__(self) -> None:
        Person.__init__(self, self.name)


julia = CompleteStudent("Julia", 3.5)
print(julia, julia.enrolled, calls)
#> CompleteStudent(name='Julia', gpa=3.5) False ["Person.__init__('Julia')"]
