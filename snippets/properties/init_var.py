from dataclasses import InitVar, dataclass, field, replace


@dataclass
class Student:
    first_name: str
    initial_gpa: InitVar[float] = 0.0
    _gpa: float = field(init=False, repr=False)

    def __post_init__(self, initial_gpa: float) -> None:
        self.gpa = initial_gpa  # through the setter, so it is checked

    @property
    def gpa(self) -> float:
        return self._gpa

    @gpa.setter
    def gpa(self, value: float) -> None:
        if not 0.0 <= value <= 4.0:
            raise ValueError(f"gpa must be between 0 and 4, not {value}")
        self._gpa = value


jane = Student("Jane", 3.9)
print(jane, jane.gpa)
#> Student(first_name='Jane') 3.9

try:
    Student("Jim", 7.5)
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: gpa must be between 0 and 4, not 7.5

# replace() reads initial_gpa on the instance and finds the class default.
print(replace(jane, first_name="Janet").gpa)
#> 0.0
