from dataclasses import dataclass, field


@dataclass(unsafe_hash=True)
class Student:
    first_name: str
    last_name: str
    gpa: float = field(hash=False)


jane = Student("Jane", "Lee", 3.99)
jane_regraded = Student("Jane", "Lee", 3.2)
# hash=False leaves gpa out of the hash; compare=True keeps it in ==.
print(hash(jane) == hash(jane_regraded))
#> True
print(jane == jane_regraded)
#> False

# unsafe_hash=True hashes a mutable object: change a hashed field and a set
# looks for it in the wrong place.
enrolled = {jane}
jane.last_name = "Park"
print(jane in enrolled)
#> False
print(Student("Jane", "Park", 3.99) in enrolled)
#> False
