from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@runtime_checkable
class Greeter(Protocol):
    first_name: str

    def greeting(self) -> str: ...


@dataclass
class Student:
    first_name: str

    def greeting(self) -> str:
        return f"Hi, {self.first_name}"


@dataclass
class Course:
    title: str


# Neither class names Greeter: isinstance looks for the names.
print(isinstance(Student("Jane"), Greeter), isinstance(Course("Maths"), Greeter))
#> True False

# Only the names: not the types, not whether greeting can be called.
print(isinstance(Student(42), Greeter))
#> True


@dataclass
class Impostor:
    first_name: str
    greeting: int = 0


print(isinstance(Impostor("Jim"), Greeter))
#> True

try:
    issubclass(Student, Greeter)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Protocols with non-method members don't support issubclass(). Non-method members: 'first_name'.
