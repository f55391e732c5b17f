from dataclasses import asdict, astuple, dataclass, field


class Badge:
    """A plain class: not a data class, not a list, dict or tuple."""

    def __init__(self, text: str) -> None:
        self.text = text


@dataclass
class Course:
    title: str
    credits: int


@dataclass
class Student:
    name: str
    courses: list[Course] = field(default_factory=list)
    grades: dict[str, float] = field(default_factory=dict)
    badge: Badge = field(default_factory=lambda: Badge("honours"))


jane = Student("Jane", [Course("Algebra", 5)], {"Algebra": 3.9})
as_dict = asdict(jane)
print(as_dict["name"], as_dict["courses"], as_dict["grades"])
#> Jane [{'title': 'Algebra', 'credits': 5}] {'Algebra': 3.9}
print(astuple(jane)[:3])
#> ('Jane', [('Algebra', 5)], {'Algebra': 3.9})

# Every container is new, and so is every other object: deep copies.
print(as_dict["courses"] is jane.courses, as_dict["grades"] is jane.grades)
#> False False
print(as_dict["badge"] is jane.badge, as_dict["badge"].text)
#> False honours
