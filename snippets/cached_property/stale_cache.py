from dataclasses import dataclass
from functools import cached_property


@dataclass
class Student:
    first_name: str
    last_name: str

    @cached_property
    def email(self) -> str:
        return f"{self.first_name}.{self.last_name}@uni.edu"


jane = Student("Jane", "Lee")
print(jane.email)
#> Jane.Lee@uni.edu

jane.last_name = "Smith"
print(jane.email)
#> Jane.Lee@uni.edu

# Deleting the cached value makes the next read compute it again.
del jane.email
print(jane.email)
#> Jane.Smith@uni.edu
