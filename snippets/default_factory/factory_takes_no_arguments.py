from dataclasses import dataclass, field

try:

    @dataclass
    class Student:
        name: str
        nickname: str = field(default="", default_factory=str)

except ValueError as error:
    print(error)
    #> cannot specify both default and default_factory


def initials_of_nobody() -> str:
    # A factory is called with no arguments: it cannot see `name`.
    return "??"


@dataclass
class Student:
    name: str
    initials: str = field(default_factory=initials_of_nobody)


print(Student("Jane Lee"))
#> Student(name='Jane Lee', initials='??')
