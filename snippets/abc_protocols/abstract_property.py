from abc import ABC, abstractmethod
from dataclasses import dataclass


class Graded(ABC):
    @property
    @abstractmethod
    def gpa(self) -> float: ...


@dataclass
class Student(Graded):
    first_name: str
    gpa: float = 0.0  # a class attribute: it replaces the abstract property


print(Student.__abstractmethods__)
#> frozenset()
print(Student("Jane", 3.9))
#> Student(first_name='Jane', gpa=3.9)


@dataclass
class Transfer(Graded):
    first_name: str
    gpa: float  # only an annotation: no class attribute named gpa


print(Transfer.__abstractmethods__)
#> frozenset({'gpa'})
try:
    Transfer("Jim", 3.1)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Can't instantiate abstract class Transfer without an implementation for abstract method 'gpa'
