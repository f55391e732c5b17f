# requires: Python 3.12
# type checker: mypy
from dataclasses import dataclass, fields


# PEP 695: the class declares its type parameter itself, no TypeVar needed.
@dataclass
class Box[T]:
    item: T


box = Box[int]("text")
print(box)
#> Box(item='text')
print(Box.__type_params__)
#> (T,)
print(fields(Box)[0].type is Box.__type_params__[0])
#> True
