from dataclasses import FrozenInstanceError, dataclass, field, replace


@dataclass(frozen=True)
class Student:
    first_name: str
    last_name: str
    email: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "email", f"{self.first_name}.{self.last_name}@uni.edu")


jane = Student("Jane", "Lee")
try:
    jane.last_name = "Smith"
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'last_name'

# replace() builds a new object through __init__, so __post_init__ runs again.
married = replace(jane, last_name="Smith")
print(married)
#> Student(first_name='Jane', last_name='Smith', email='Jane.Smith@uni.edu')
print(jane)
#> Student(first_name='Jane', last_name='Lee', email='Jane.Lee@uni.edu')
print(married is jane)
#> False
