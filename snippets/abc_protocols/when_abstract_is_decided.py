from abc import ABC, abstractmethod
from dataclasses import dataclass, field


class Graded(ABC):
    @property
    @abstractmethod
    def gpa(self) -> float: ...


class Student(Graded):
    first_name: str
    gpa: float = field(default_factory=float)


# The class statement saw a Field object named gpa: nothing abstract is left.
print(Student.__abstractmethods__)
#> frozenset()
print(type(vars(Student)["gpa"]).__name__)
#> Field

# The decorator deletes that class attribute (a factory is no class default)
# and then asks abc to count again.
Student = dataclass(Student)
print("gpa" in vars(Student))
#> False
print(Student.__abstractmethods__)
#> frozenset({'gpa'})


# With slots, the class gets a member descriptor named gpa, which is no
# abstract property, so no default is needed at all.
@dataclass(slots=True)
class SlottedStudent(Graded):
    first_name: str
    gpa: float


print(type(vars(SlottedStudent)["gpa"]).__name__)
#> member_descriptor
print(SlottedStudent("Jane", 3.9))
#> SlottedStudent(first_name='Jane', gpa=3.9)
