from dataclasses import dataclass

registry: dict[str, type] = {}


def register(cls: type) -> type:
    registry[cls.__name__] = cls
    return cls


@dataclass(slots=True)
@register  # runs first: it registers the class before slots=True replaces it
class Student:
    name: str


print(registry["Student"] is Student)
#> False
print("__slots__" in vars(registry["Student"]), "__slots__" in vars(Student))
#> False True
print(isinstance(Student("Jane"), registry["Student"]))
#> False


@register  # runs last: it registers the class the decorator returned
@dataclass(slots=True)
class Course:
    title: str


print(registry["Course"] is Course)
#> True
