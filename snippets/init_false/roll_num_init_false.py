import inspect
import random
import string
from dataclasses import dataclass, field

ALPHABET = string.ascii_uppercase + string.digits
_roll_rng = random.Random(42)


def generate_roll_num() -> str:
    return "".join(_roll_rng.choices(ALPHABET, k=9))


# --8<-- [start:class]
@dataclass
class Student:
    name: str
    major: str
    year: str
    gpa: float
    roll_num: str = field(default_factory=generate_roll_num, init=False)
# --8<-- [end:class]


# --8<-- [start:use]
print(inspect.signature(Student))
#> (name: str, major: str, year: str, gpa: float) -> None
jane = Student("Jane", "Computer Science", "senior", 3.99)
print(jane)
#> Student(name='Jane', major='Computer Science', year='senior', gpa=3.99, roll_num='XAJI0Y6DP')
# --8<-- [end:use]

# --8<-- [start:errors]
try:
    Student("Jake", "Math", "sophomore", 3.33, "MyRollNum")
except TypeError as error:
    print(error)
    #> Student.__init__() takes 5 positional arguments but 6 were given

try:
    Student("Jake", "Math", "sophomore", 3.33, roll_num="MyRollNum")
except TypeError as error:
    print(error)
    #> Student.__init__() got an unexpected keyword argument 'roll_num'
# --8<-- [end:errors]

# --8<-- [start:count]
# The parameters of the method itself: self is one of them.
parameters = inspect.signature(Student.__init__).parameters
print(list(parameters), len(parameters))
#> ['self', 'name', 'major', 'year', 'gpa'] 5
# --8<-- [end:count]

# --8<-- [start:assign]
# init=False removes the parameter; it does not make the attribute read-only.
jane.roll_num = "MyRollNum"
print(jane)
#> Student(name='Jane', major='Computer Science', year='senior', gpa=3.99, roll_num='MyRollNum')
# --8<-- [end:assign]
