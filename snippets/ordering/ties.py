from dataclasses import astuple, dataclass, field


@dataclass(order=True)
class Student:
    sort_index: int = field(init=False, repr=False)
    first_name: str
    last_name: str
    tuition: int = 10000

    def __post_init__(self):
        self.sort_index = self.tuition


zoe = Student("Zoe", "Adams", 28000)
jake = Student("Jake", "Langdon", 28000)
joy = Student("Joy", "Smith")

# Both compare the same tuples, field by field, in definition order.
print(astuple(zoe))
#> (28000, 'Zoe', 'Adams', 28000)
print(jake < zoe, astuple(jake) < astuple(zoe))
#> True True

# Equal sort_index: the first names decide, then the last names.
for student in sorted([zoe, jake, joy]):
    print(student.sort_index, student.first_name)
    #> 10000 Joy
    #> 28000 Jake
    #> 28000 Zoe
