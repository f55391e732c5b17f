from dataclasses import dataclass, fields


class Gpa:
    """Stores a grade point average after checking its range."""

    def __set_name__(self, owner: type, name: str) -> None:
        print(f"__set_name__({owner.__name__}, {name!r})")
        #> __set_name__(Student, 'gpa')
        self.private = f"_{name}"

    def __get__(self, obj: object, owner: type) -> float:
        if obj is None:  # asked on the class: the field's default
            return 0.0
        return getattr(obj, self.private)

    def __set__(self, obj: object, value: float) -> None:
        if not 0.0 <= value <= 4.0:
            raise ValueError(f"gpa must be between 0 and 4, not {value}")
        setattr(obj, self.private, value)


@dataclass
class Student:
    first_name: str
    gpa: Gpa = Gpa()


print(fields(Student)[1].default)
#> 0.0
print(Student("Julia"))
#> Student(first_name='Julia', gpa=0.0)
print(Student("Jane", 3.99))
#> Student(first_name='Jane', gpa=3.99)
try:
    Student("Jim", 7.5)
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: gpa must be between 0 and 4, not 7.5
