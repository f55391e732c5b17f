from dataclasses import asdict, dataclass

copies: list[str] = []


class Transcript:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def __deepcopy__(self, memo: dict) -> "Transcript":
        copies.append("Transcript")
        return Transcript(list(self.lines))


@dataclass
class Student:
    name: str
    transcript: Transcript


students = [Student(f"Student {n}", Transcript(["Algebra: A"])) for n in range(3)]

rows = [asdict(student) for student in students]
print(copies)
#> ['Transcript', 'Transcript', 'Transcript']

# Only the names were needed: read the fields, and nothing is copied.
copies.clear()
names = [student.name for student in students]
print(names, copies)
#> ['Student 0', 'Student 1', 'Student 2'] []
