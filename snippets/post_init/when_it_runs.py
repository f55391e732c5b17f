from dataclasses import dataclass, field

calls: list[str] = []


def no_classes_yet() -> list[str]:
    calls.append("default_factory")
    return []


@dataclass
class Student:
    first_name: str
    last_name: str
    classes: list[str] = field(default_factory=no_classes_yet)
    email: str = field(init=False)

    def __post_init__(self) -> None:
        # Every field given to __init__ is already set when this runs.
        calls.append(f"__post_init__ sees classes={self.classes}")
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"


Student("Jane", "Lee")
print(calls)
#> ['default_factory', '__post_init__ sees classes=[]']

calls.clear()
Student("Julia", "Doe", ["Economics"])  # a value is given: no factory call
print(calls)
#> ["__post_init__ sees classes=['Economics']"]
