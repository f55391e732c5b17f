from dataclasses import dataclass


@dataclass
class Person:
    name: str


@dataclass(frozen=True)
class FrozenPerson:
    name: str


try:

    @dataclass(frozen=True)
    class FrozenStudent(Person):
        gpa: float

except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: cannot inherit frozen dataclass from a non-frozen one

try:

    @dataclass
    class Student(FrozenPerson):
        gpa: float

except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: cannot inherit non-frozen dataclass from a frozen one


# A plain class is not checked: it carries no frozen flag to compare.
class Plain:
    pass


@dataclass(frozen=True)
class FrozenOnPlain(Plain):
    name: str


print(FrozenOnPlain("Jane"))
#> FrozenOnPlain(name='Jane')
