from dataclasses import dataclass


@dataclass
class Student:
    # Written in the class body: the decorator keeps it.
    __match_args__ = ("last_name",)
    first_name: str
    last_name: str


print(Student.__match_args__)
#> ('last_name',)

match Student("Jane", "Lee"):
    case Student("Lee"):
        print("a Lee, matched on the last name alone")
        #> a Lee, matched on the last name alone


# match_args=False writes nothing, so a subclass inherits its base's tuple.
@dataclass(match_args=False)
class TA(Student):
    course: str


print(TA.__match_args__, "__match_args__" in vars(TA))
#> ('last_name',) False
match TA("Jane", "Lee", "CS101"):
    case TA("Lee"):
        print("a TA matched on the last name, by position")
        #> a TA matched on the last name, by position
