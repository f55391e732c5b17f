from dataclasses import dataclass


class Timetable:
    def __init__(self) -> None:
        self.slots: list[str] = []


@dataclass
class Student:
    name: str
    # Accepted on every version: Timetable is hashable, so nothing flags it.
    timetable: Timetable = Timetable()


ana = Student("Ana")
ben = Student("Ben")
ana.timetable.slots.append("Mon 9:00 Algebra")

print(ben.timetable.slots)
#> ['Mon 9:00 Algebra']
print(ana.timetable is ben.timetable)
#> True
