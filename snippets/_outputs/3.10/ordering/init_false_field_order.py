from dataclasses import dataclass, field

# A field with a default may not come before one without...
try:

    @dataclass
    class Draft:
        sort_index: int = 0
        first_name: str

except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: non-default argument 'first_name' follows default argument


# ...unless it has init=False: the rule is about __init__'s parameters.
@dataclass
class Student:
    sort_index: int = field(default=0, init=False)
    first_name: str


print(Student("Jane"))
#> Student(sort_index=0, first_name='Jane')
