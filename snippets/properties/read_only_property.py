from dataclasses import dataclass


@dataclass
class Student:
    first_name: str
    email: str = ""

    @property
    def email(self) -> str:  # noqa: F811
        return f"{self.first_name}@uni.edu"


# __init__ assigns every field, and a property without a setter refuses.
try:
    Student("Jane")
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
    #> AttributeError: property 'email' of 'Student' object has no setter
