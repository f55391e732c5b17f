from dataclasses import dataclass
from functools import cached_property


@dataclass
class Student:
    first_name: str

    @cached_property
    def email(self) -> str:
        return f"{self.first_name}@uni.edu"


# One cached_property object serves every instance of the class.
descriptor = vars(Student)["email"]
print(type(descriptor).__name__)
#> cached_property
print("lock" in vars(descriptor))
#> False
