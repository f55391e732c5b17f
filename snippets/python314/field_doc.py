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
    #> TypeError: field() got an unexpected keyword argument 'doc'
else:
    print(fields(Student)[1].doc)
    print(Student.__slots__)
    print(inspect.getdoc(Student.gpa))
