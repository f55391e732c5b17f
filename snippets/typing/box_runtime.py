# type checker: mypy
from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class Box(Generic[T]):
    item: T


# Box[int] promises an int; nothing at run time holds it to that.
box = Box[int]("text")
print(box)
#> Box(item='text')
print(type(box.item).__name__)
#> str

# The field's type is the type variable itself, whatever the alias said.
print(fields(Box)[0].type)
#> ~T
