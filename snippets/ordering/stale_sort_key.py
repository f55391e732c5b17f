from dataclasses import dataclass, field, replace


@dataclass(order=True)
class Student:
    sort_index: int = field(init=False, repr=False)
    first_name: str
    tuition: int = 10000

    def __post_init__(self):
        self.sort_index = self.tuition


julia = Student("Julia", 27000)
jake = Student("Jake", 28000)

julia.tuition = 35000  # __post_init__ does not run again
print(julia.tuition, julia.sort_index)
#> 35000 27000
print([s.first_name for s in sorted([julia, jake])])
#> ['Julia', 'Jake']

# replace() builds a new object through __init__, so __post_init__ runs.
julia = replace(julia, tuition=35000)
print(julia.tuition, julia.sort_index)
#> 35000 35000
print([s.first_name for s in sorted([julia, jake])])
#> ['Jake', 'Julia']
