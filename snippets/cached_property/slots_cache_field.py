from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Student:
    first_name: str
    last_name: str
    # A slot for the cache, kept out of __init__, the repr and comparisons.
    _email: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def email(self) -> str:
        if self._email is None:
            value = f"{self.first_name}.{self.last_name}@uni.edu"
            object.__setattr__(self, "_email", value)  # past the frozen check
        return self._email


jane = Student("Jane", "Lee")
print(jane.email, jane._email)
#> Jane.Lee@uni.edu Jane.Lee@uni.edu
print(jane, jane == Student("Jane", "Lee"))
#> Student(first_name='Jane', last_name='Lee') True
print(hasattr(jane, "__dict__"))
#> False
