from dataclasses import dataclass, fields


@dataclass
class Student:
    first_name: str
    gpa: float  # no default written

    @property
    def gpa(self) -> float:
        return self._gpa

    @gpa.setter
    def gpa(self, value: float) -> None:
        self._gpa = value


print(fields(Student)[1].default is vars(Student)["gpa"])
#> True
print(type(Student("Jane").gpa).__name__)
#> property

try:

    @dataclass
    class TA:
        gpa: float

        @property
        def gpa(self) -> float:
            return self._gpa

        course: str

except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: non-default argument 'course' follows default argument 'gpa'
