from dataclasses import dataclass
from functools import cached_property


@dataclass(slots=True)
class Student:
    first_name: str
    last_name: str

    @cached_property
    def email(self) -> str:
        return f"{self.first_name}.{self.last_name}@uni.edu"


# The class is created without complaint.
print(Student.__slots__)
#> ('first_name', 'last_name')
jane = Student("Jane", "Lee")
print(jane)
#> Student(first_name='Jane', last_name='Lee')

# The first read has nowhere to store the value.
try:
    print(jane.email)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: No '__dict__' attribute on 'Student' instance to cache 'email' property.
