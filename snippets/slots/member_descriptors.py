from dataclasses import dataclass


@dataclass(slots=True)
class StudentSlots:
    first_name: str
    last_name: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


# What the class holds under a field's name, and under a property's name.
first_name = StudentSlots.__dict__["first_name"]
full_name = StudentSlots.__dict__["full_name"]
print(type(first_name).__name__)
#> member_descriptor
print(type(full_name).__name__)
#> property
print(isinstance(first_name, property))
#> False
print(first_name)
#> <member 'first_name' of 'StudentSlots' objects>

# A member descriptor reads a fixed place inside the instance; no function runs.
jane = StudentSlots("Jane", "Lee")
print(first_name.__get__(jane))
#> Jane
