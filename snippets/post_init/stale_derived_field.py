from dataclasses import dataclass, field


@dataclass
class Student:
    first_name: str
    last_name: str
    email: str = field(init=False)

    def __post_init__(self) -> None:
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"


jane = Student("Jane", "Lee")
jane.last_name = "Smith"  # an assignment runs no __post_init__
print(jane)
#> Student(first_name='Jane', last_name='Smith', email='Jane.Lee@uni.edu')


@dataclass
class LiveStudent:
    first_name: str
    last_name: str

    @property
    def email(self) -> str:  # computed on every read, so never stale
        return f"{self.first_name}.{self.last_name}@uni.edu"


julia = LiveStudent("Julia", "Doe")
julia.last_name = "Smith"
print(julia, julia.email)
#> LiveStudent(first_name='Julia', last_name='Smith') Julia.Smith@uni.edu
