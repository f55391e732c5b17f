from dataclasses import dataclass, fields


@dataclass
class Student:
    first_name: str
    credits: int

    def __post_init__(self) -> None:
        # Each field's annotation, used as the type its value must have.
        for field in fields(self):
            value = getattr(self, field.name)
            if not isinstance(value, field.type):
                raise TypeError(
                    f"{field.name} must be {field.type.__name__}, not {type(value).__name__}"
                )


print(Student("Jane", 120))
#> Student(first_name='Jane', credits=120)
try:
    Student("Jim", "42")
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: credits must be int, not str
# A bool is an int, so this passes the check.
print(Student("Julia", True))
#> Student(first_name='Julia', credits=True)
