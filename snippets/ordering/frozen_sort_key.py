from dataclasses import FrozenInstanceError, dataclass, field, replace


@dataclass(order=True, frozen=True)
class Attempt:
    sort_index: int = field(init=False, repr=False)
    first_name: str
    tuition: int = 10000

    def __post_init__(self):
        self.sort_index = self.tuition  # refused, like any assignment


try:
    Attempt("Julia", 27000)
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'sort_index'


@dataclass(order=True, frozen=True)
class Student:
    sort_index: int = field(init=False, repr=False)
    first_name: str
    tuition: int = 10000

    def __post_init__(self):
        # The frozen __setattr__ refuses; object.__setattr__ is what __init__ uses.
        object.__setattr__(self, "sort_index", self.tuition)


julia = Student("Julia", 27000)
jake = Student("Jake", 28000)
try:
    julia.tuition = 35000
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'tuition'

# The only way to change the tuition is a new object, and __post_init__ runs for it.
julia = replace(julia, tuition=35000)
print(julia.tuition, julia.sort_index)
#> 35000 35000
print([s.first_name for s in sorted([julia, jake])])
#> ['Jake', 'Julia']
