from dataclasses import FrozenInstanceError, dataclass


@dataclass(frozen=True)
class Student:
    first_name: str
    last_name: str


jane = Student("Jane", "Lee")

try:
    jane.last_name = "Smith"
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'last_name'

# Not a field, yet refused with the same message: the check is on the class.
try:
    jane.nickname = "JJ"
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'nickname'

try:
    del jane.first_name
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot delete field 'first_name'

print("__setattr__" in vars(Student), "__delattr__" in vars(Student))
#> True True
