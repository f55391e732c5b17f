from dataclasses import asdict, dataclass, field, fields, replace


@dataclass
class Student:
    first_name: str
    _gpa: float = field(default=0.0, init=False, repr=False)

    @property
    def gpa(self) -> float:
        return self._gpa

    @gpa.setter
    def gpa(self, value: float) -> None:
        if not 0.0 <= value <= 4.0:
            raise ValueError(f"gpa must be between 0 and 4, not {value}")
        self._gpa = value


jane = Student("Jane")
jane.gpa = 3.9
print(jane, jane.gpa)
#> Student(first_name='Jane') 3.9
print([f.name for f in fields(Student)], asdict(jane))
#> ['first_name', '_gpa'] {'first_name': 'Jane', '_gpa': 3.9}

try:
    jane.gpa = 7.5
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: gpa must be between 0 and 4, not 7.5

# gpa is not a field, so __init__ has no parameter for it.
try:
    Student("Julia", 3.5)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Student.__init__() takes 2 positional arguments but 3 were given

# _gpa is still a field, so == compares it.
other_jane = Student("Jane")
print(jane == other_jane)
#> False

# replace() builds the copy through __init__, which leaves _gpa at its default.
print(replace(jane, first_name="Janet").gpa)
#> 0.0
