# --8<-- [start:cached]
from dataclasses import FrozenInstanceError, dataclass, replace
from functools import cached_property

computed = []


@dataclass(frozen=True)
class Student:
    first_name: str
    last_name: str

    @cached_property
    def email(self) -> str:
        computed.append(self.first_name)
        return f"{self.first_name}.{self.last_name}@uni.edu"


jane = Student("Jane", "Lee")
print(jane.email)
#> Jane.Lee@uni.edu
print(jane.email)
#> Jane.Lee@uni.edu
print(computed)
#> ['Jane']

# The value went straight into the instance's __dict__, past __setattr__.
print(vars(jane))
#> {'first_name': 'Jane', 'last_name': 'Lee', 'email': 'Jane.Lee@uni.edu'}

# It is not a field: not in the repr, not compared, not hashed.
print(jane)
#> Student(first_name='Jane', last_name='Lee')
print(jane == Student("Jane", "Lee"), hash(jane) == hash(Student("Jane", "Lee")))
#> True True
# --8<-- [end:cached]

# --8<-- [start:reset]
# Writing or deleting goes through the frozen class's methods, which refuse.
try:
    jane.email = "jane@example.com"
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'email'
try:
    del jane.email
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot delete field 'email'

# The cache is an entry in the instance's __dict__: removing it there works.
print(vars(jane).pop("email", None))
#> Jane.Lee@uni.edu
print("email" in vars(jane), jane.email, computed)
#> False Jane.Lee@uni.edu ['Jane', 'Jane']

# A changed copy is a new instance with nothing cached yet.
married = replace(jane, last_name="Smith")
print("email" in vars(married), married.email)
#> False Jane.Smith@uni.edu
# --8<-- [end:reset]
