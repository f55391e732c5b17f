from dataclasses import asdict, dataclass


@dataclass
class Course:
    title: str
    room: str | None = None


@dataclass
class Student:
    name: str
    course: Course
    advisor: str | None = None


def without_none(pairs: list[tuple[str, object]]) -> dict[str, object]:
    return {key: value for key, value in pairs if value is not None}


jane = Student("Jane", Course("Algebra"))
print(asdict(jane))
#> {'name': 'Jane', 'course': {'title': 'Algebra', 'room': None}, 'advisor': None}
# The factory gets the (name, value) pairs of each data class, nested ones too.
print(asdict(jane, dict_factory=without_none))
#> {'name': 'Jane', 'course': {'title': 'Algebra'}}
