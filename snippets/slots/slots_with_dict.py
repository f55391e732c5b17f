from dataclasses import dataclass


@dataclass
class Student:
    __slots__ = ("first_name", "last_name", "__dict__")
    first_name: str
    last_name: str


jane = Student("Jane", "Lee")
jane.watches_anime = True
# The fields sit in slots; the dictionary holds only what was added on the fly.
print(jane.__dict__)
#> {'watches_anime': True}
print(type(Student.__dict__["first_name"]).__name__)
#> member_descriptor

# A default would be a class attribute with the same name as a slot.
try:

    @dataclass
    class StudentWithTuition:
        __slots__ = ("first_name", "tuition", "__dict__")
        first_name: str
        tuition: int = 10000

except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: 'tuition' in __slots__ conflicts with class variable

# slots=True writes __slots__ itself, so it refuses a class that has one.
try:

    @dataclass(slots=True)
    class StudentSlots:
        __slots__ = ("first_name", "__dict__")
        first_name: str

except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: StudentSlots already specifies __slots__
