from dataclasses import FrozenInstanceError, dataclass, field


@dataclass(frozen=True)
class Student:
    first_name: str
    last_name: str
    email: str = field(init=False)

    def __post_init__(self) -> None:
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"


try:
    Student("Jane", "Lee")
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'email'


@dataclass(frozen=True)
class FrozenStudent:
    first_name: str
    last_name: str
    email: str = field(init=False)

    def __post_init__(self) -> None:
        # object.__setattr__ skips the class's refusing __setattr__.
        object.__setattr__(self, "email", f"{self.first_name}.{self.last_name}@uni.edu")


jane = FrozenStudent("Jane", "Lee")
print(jane)
#> FrozenStudent(first_name='Jane', last_name='Lee', email='Jane.Lee@uni.edu')
print(hash(jane) == hash(FrozenStudent("Jane", "Lee")))
#> True
