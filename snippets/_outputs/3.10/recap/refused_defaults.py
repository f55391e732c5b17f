from dataclasses import dataclass


class Timetable:
    """A plain class: mutable, yet hashable (by identity) like any object."""

    def __init__(self) -> None:
        self.slots: list[str] = []


@dataclass
class Address:  # eq=True without frozen=True sets __hash__ to None
    city: str = "Springfield"


@dataclass(frozen=True)
class Campus:  # frozen and eq: hashable
    name: str = "Main"


def verdict(default: object) -> str:
    try:

        @dataclass
        class Student:
            name: str
            extra: object = default

    except ValueError:
        return "refused"
    return "accepted"


try:

    @dataclass
    class Student:
        name: str
        classes: list = []

except ValueError as error:
    print(error)
    #> mutable default <class 'list'> for field classes is not allowed: use default_factory

for default in [[], {}, set(), bytearray(), Address(), (), frozenset(), Campus(), Timetable()]:
    unhashable = type(default).__hash__ is None
    print(f"{type(default).__name__:9} unhashable={unhashable!s:5} {verdict(default)}")
    #> list      unhashable=True  refused
    #> dict      unhashable=True  refused
    #> set       unhashable=True  refused
    #> bytearray unhashable=True  accepted
    #> Address   unhashable=True  accepted
    #> tuple     unhashable=False accepted
    #> frozenset unhashable=False accepted
    #> Campus    unhashable=False accepted
    #> Timetable unhashable=False accepted
