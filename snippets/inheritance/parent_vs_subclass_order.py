from dataclasses import dataclass
from operator import attrgetter


@dataclass(order=True)
class Student:
    first_name: str
    tuition: int = 10000


@dataclass(order=True)
class TA(Student):
    course: str | None = None


jane = Student("Jane", 30000)
mia = TA("Mia", 33000, "Algebra")
jane_as_ta = TA("Jane", 30000)

print(mia > jane_as_ta)  # two TAs: compared as tuples, as usual
#> True
print(Student.__lt__(jane, mia))  # not the same class: no answer
#> NotImplemented
try:
    print(jane < mia)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: '<' not supported between instances of 'Student' and 'TA'

# With no answer from either side, `==` falls back to identity.
print(jane == jane_as_ta)
#> False
print(jane != jane_as_ta)
#> True

try:
    sorted([mia, jane])
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: '<' not supported between instances of 'Student' and 'TA'
print([s.first_name for s in sorted([mia, jane], key=attrgetter("tuition"))])
#> ['Jane', 'Mia']
