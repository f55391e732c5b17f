from abc import ABC
from dataclasses import dataclass


@dataclass
class Person(ABC):
    first_name: str


# ABC only refuses classes that still have abstract methods.
print(Person("Jane"))
#> Person(first_name='Jane')
print(Person.__abstractmethods__)
#> frozenset()
