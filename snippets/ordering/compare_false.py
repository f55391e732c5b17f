from dataclasses import dataclass, field


@dataclass(order=True)
class Student:
    sort_index: int = field(init=False, repr=False)
    first_name: str
    tuition: int = 10000
    grades: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        self.sort_index = self.tuition


spring = Student("Jane", 30000, {"Algebra": "A"})
again = Student("Jane", 30000, {"Algebra": "A"})
print(spring < again, spring <= again)  # equal dictionaries compare fine
#> False True
autumn = Student("Jane", 30000, {"Algebra": "B"})
try:
    print(spring < autumn)  # every field before `grades` ties
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: '<' not supported between instances of 'dict' and 'dict'


@dataclass(order=True)
class StudentWithoutGrades:
    sort_index: int = field(init=False, repr=False)
    first_name: str
    tuition: int = 10000
    grades: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self):
        self.sort_index = self.tuition


spring = StudentWithoutGrades("Jane", 30000, {"Algebra": "A"})
autumn = StudentWithoutGrades("Jane", 30000, {"Algebra": "B"})
print(spring < autumn)
#> False
print(spring == autumn)  # compare=False leaves `==` out too
#> True
