from dataclasses import FrozenInstanceError, dataclass


@dataclass(frozen=True)
class Student:
    name: str


@dataclass(frozen=True, slots=True)
class SlottedStudent:
    name: str


for cls in (Student, SlottedStudent):
    jane = cls("Jane")
    for attribute in ("name", "nickname"):
        try:
            setattr(jane, attribute, "JJ")
        except (FrozenInstanceError, TypeError) as error:
            print(f"{cls.__name__}.{attribute}: {type(error).__name__}: {error}")
            #> Student.name: FrozenInstanceError: cannot assign to field 'name'
            #> Student.nickname: FrozenInstanceError: cannot assign to field 'nickname'
            #> SlottedStudent.name: FrozenInstanceError: cannot assign to field 'name'
            #> SlottedStudent.nickname: TypeError: super(type, obj): obj must be an instance or subtype of type
