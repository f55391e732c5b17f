from dataclasses import dataclass, field


@dataclass
class Student:
    name: str
    status: str = field(default="enrolled", init=False)


jane = Student("Jane")
# __init__ did not set status: Jane reads the class's.
print(vars(jane), jane.status, Student.status)
#> {'name': 'Jane'} enrolled enrolled
jane.status = "graduated"  # now Jane has one of her own
print(vars(jane), Student.status)
#> {'name': 'Jane', 'status': 'graduated'} enrolled


# A slotted class has no class attribute to fall back on: its __init__ sets
# the default.
@dataclass(slots=True)
class SlottedStudent:
    name: str
    status: str = field(default="enrolled", init=False)


print(SlottedStudent("Julia").status, type(SlottedStudent.__dict__["status"]).__name__)
#> enrolled member_descriptor
