from dataclasses import dataclass, fields


class Gpa:
    """Stores a grade point average after checking its range."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.private = f"_{name}"

    def __get__(self, obj: object, owner: type) -> float:
        if obj is None:  # asked on the class: the field's default
            return 0.0
        return getattr(obj, self.private)

    def __set__(self, obj: object, value: float) -> None:
        if not 0.0 <= value <= 4.0:
            raise ValueError(f"gpa must be between 0 and 4, not {value}")
        setattr(obj, self.private, value)


@dataclass(slots=True)
class Student:
    first_name: str
    gpa: Gpa = Gpa()


# The default was read from the descriptor, before the class was replaced.
print(fields(Student)[1].default)
#> 0.0
# What the class holds under the name now: the slot, not the Gpa.
print(type(vars(Student)["gpa"]).__name__)
#> member_descriptor
print(Student.__slots__)
#> ('first_name', 'gpa')
print(Student("Jim", 7.5))
#> Student(first_name='Jim', gpa=7.5)
