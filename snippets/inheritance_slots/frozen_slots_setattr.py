from dataclasses import FrozenInstanceError, dataclass


@dataclass(frozen=True)
class Student:
    name: str


@dataclass(frozen=True, slots=True)
class SlottedStudent:
    name: str


@dataclass(frozen=True, slots=True)
class GreetedStudent:
    name: str

    def __str__(self) -> str:
        # Zero-argument super() gives this method a __class__ cell.
        return "Hello, " + super().__str__()


def try_to_set(obj: object, attribute: str) -> str:
    try:
        setattr(obj, attribute, "JJ")
    except (FrozenInstanceError, TypeError) as error:
        return f"{type(error).__name__}: {error}"
    return "set"


for cls in (Student, SlottedStudent, GreetedStudent):

    class Plain(cls):  # a subclass that is not a data class
        pass

    for label, obj, attribute in (
        (cls.__name__, cls("Jane"), "name"),
        (cls.__name__, cls("Jane"), "nickname"),
        (f"Plain({cls.__name__})", Plain("Jane"), "nickname"),
    ):
        print(f"{label}.{attribute}: {try_to_set(obj, attribute)}")
        #> Student.name: FrozenInstanceError: cannot assign to field 'name'
        #> Student.nickname: FrozenInstanceError: cannot assign to field 'nickname'
        #> Plain(Student).nickname: set
        #> SlottedStudent.name: FrozenInstanceError: cannot assign to field 'name'
        #> SlottedStudent.nickname: FrozenInstanceError: cannot assign to field 'nickname'
        #> Plain(SlottedStudent).nickname: set
        #> GreetedStudent.name: FrozenInstanceError: cannot assign to field 'name'
        #> GreetedStudent.nickname: TypeError: super(type, obj): obj (instance of GreetedStudent) is not an instance or subtype of type (GreetedStudent).
        #> Plain(GreetedStudent).nickname: TypeError: super(type, obj): obj (instance of Plain) is not an instance or subtype of type (GreetedStudent).
