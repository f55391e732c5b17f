from dataclasses import FrozenInstanceError, dataclass


class Gpa:
    """Stores a grade point average after checking its range."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.private = f"_{name}"

    def __get__(self, obj: object, owner: type) -> float:
        if obj is None:
            return 0.0
        return getattr(obj, self.private)

    def __set__(self, obj: object, value: float) -> None:
        if not 0.0 <= value <= 4.0:
            raise ValueError(f"gpa must be between 0 and 4, not {value}")
        setattr(obj, self.private, value)


@dataclass(frozen=True)
class Student:
    first_name: str
    gpa: Gpa = Gpa()


# The check runs: __init__'s object.__setattr__ calls Gpa.__set__.
try:
    Student("Jim", 7.5)
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: gpa must be between 0 and 4, not 7.5
# A valid value fails too: Gpa's own setattr meets the frozen __setattr__.
try:
    Student("Jane", 3.9)
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field '_gpa'


class FrozenGpa(Gpa):
    """Stores past the frozen class's __setattr__, as __init__ itself does."""

    def __set__(self, obj: object, value: float) -> None:
        if not 0.0 <= value <= 4.0:
            raise ValueError(f"gpa must be between 0 and 4, not {value}")
        object.__setattr__(obj, self.private, value)


@dataclass(frozen=True)
class FrozenStudent:
    first_name: str
    gpa: FrozenGpa = FrozenGpa()


jane = FrozenStudent("Jane", 3.9)
print(jane)
#> FrozenStudent(first_name='Jane', gpa=3.9)
try:
    jane.gpa = 1.0
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'gpa'
