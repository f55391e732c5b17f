import re
from dataclasses import dataclass, fields


@dataclass
class Student:
    first_name: str
    gpa: float = 0.0

    # The property takes the name `gpa` in the class body: 0.0 is gone
    # (ruff reports that as F811, a name defined again before any use).
    @property
    def gpa(self) -> float:  # noqa: F811
        return self._gpa

    @gpa.setter
    def gpa(self, value: float) -> None:
        self._gpa = value


print(type(fields(Student)[1].default).__name__)
#> property
print(fields(Student)[1].default is vars(Student)["gpa"])
#> True

jane = Student("Jane")
print(type(jane.gpa).__name__)
#> property
# The repr holds a memory address, which changes from run to run.
print(re.sub(r"0x[0-9a-f]+", "0x…", repr(jane)))
#> Student(first_name='Jane', gpa=<property object at 0x…>)

print(Student("Julia", 3.9))
#> Student(first_name='Julia', gpa=3.9)
