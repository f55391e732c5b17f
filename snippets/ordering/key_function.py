from dataclasses import dataclass
from operator import attrgetter


@dataclass  # no order=True, no sort_index
class Student:
    first_name: str
    last_name: str
    tuition: int = 10000


jane = Student("Jane", "Lee", 30000)
zoe = Student("Zoe", "Adams", 28000)
jake = Student("Jake", "Langdon", 28000)
joy = Student("Joy", "Smith")
students = [jane, zoe, jake, joy]

by_tuition = sorted(students, key=attrgetter("tuition"))
print([s.first_name for s in by_tuition])
#> ['Joy', 'Zoe', 'Jake', 'Jane']

# Ties are yours to break, with the fields you name.
by_tuition_then_name = sorted(students, key=attrgetter("tuition", "first_name"))
print([s.first_name for s in by_tuition_then_name])
#> ['Joy', 'Jake', 'Zoe', 'Jane']

# The key is read at sorting time, so it is never stale.
joy.tuition = 40000
print([s.first_name for s in sorted(students, key=attrgetter("tuition"), reverse=True)])
#> ['Joy', 'Jane', 'Zoe', 'Jake']
