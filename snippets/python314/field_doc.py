import inspect
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Undocumented:
    name: str
    gpa: float = 0.0


print(Undocumented.__slots__)
#> ('name', 'gpa')

try:

    @dataclass(slots=True)
    class Student:
        name: str
        gpa: float = field(default=0.0, doc="grade point average, 0 to 4")

except TypeError as error:
    print(f"{type(error).__name__}: {error}")
else:
    print(fields(Student)[1].doc)
    #> grade point average, 0 to 4
    print(Student.__slots__)
    #> {'name': None, 'gpa': 'grade point average, 0 to 4'}
    print(inspect.getdoc(Student.gpa))
    #> grade point average, 0 to 4
