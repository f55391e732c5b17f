from dataclasses import dataclass, field

log: list[str] = []


@dataclass
class Student:
    first_name: str
    last_name: str
    email: str = field(init=False)

    def __post_init__(self) -> None:
        log.append("Student.__post_init__")
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"


@dataclass
class TA(Student):
    course: str = ""

    def __post_init__(self) -> None:  # replaces Student's, does not add to it
        log.append("TA.__post_init__")


@dataclass
class FixedTA(Student):
    course: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        log.append("FixedTA.__post_init__")


try:
    print(TA("Jane", "Lee", "Algebra").email)
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
    #> AttributeError: 'TA' object has no attribute 'email'
print(log)
#> ['TA.__post_init__']

log.clear()
print(FixedTA("Jane", "Lee", "Algebra").email)
#> Jane.Lee@uni.edu
print(log)
#> ['Student.__post_init__', 'FixedTA.__post_init__']
