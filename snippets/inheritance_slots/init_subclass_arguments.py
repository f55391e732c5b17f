from dataclasses import dataclass

seen: list[str] = []


class Member:
    def __init_subclass__(cls, role: str, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.role = role


try:

    @dataclass(slots=True)
    class Student(Member, role="student"):
        name: str

except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Member.__init_subclass__() missing 1 required positional argument: 'role'


class DefaultedMember:
    def __init_subclass__(cls, role: str = "member", **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        seen.append(role)
        cls.role = role


@dataclass(slots=True)
class Teacher(DefaultedMember, role="teacher"):
    name: str


# Called twice: for the class statement, then without arguments for the copy.
print(seen, Teacher.role)
#> ['teacher', 'member'] member
