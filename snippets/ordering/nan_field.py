import math
from dataclasses import dataclass


@dataclass
class Reading:
    value: float


nan = math.nan
# nan is not equal to itself, yet two tuples holding that one nan object are
# equal: comparing two items, a tuple first asks whether they are the same object.
print(nan == nan, (nan,) == (nan,))
#> False True
# Two readings that share one nan: equal while __eq__ compared tuples.
print(Reading(nan) == Reading(nan))
#> False
# One reading compared with itself.
reading = Reading(nan)
print(reading == reading)
#> True
