import inspect
from dataclasses import dataclass, field


@dataclass
class PlainStudent:
    first_name: str
    tuition: int = 10000


@dataclass(order=True)
class Student:
    sort_index: int = field(init=False, repr=False)
    first_name: str
    tuition: int = 10000

    def __post_init__(self):
        self.sort_index = self.tuition


def method_names(cls: type) -> list[str]:
    # Names only: printing the function objects would show memory addresses.
    return [name for name, _ in inspect.getmembers(cls, inspect.isfunction)]


print(method_names(PlainStudent))
#> ['__annotate_func__', '__eq__', '__init__', '__replace__', '__repr__']
print(method_names(Student))
#> ['__annotate_func__', '__eq__', '__ge__', '__gt__', '__init__', '__le__', '__lt__', '__post_init__', '__replace__', '__repr__']
print(sorted(set(method_names(Student)) - set(method_names(PlainStudent))))
#> ['__ge__', '__gt__', '__le__', '__lt__', '__post_init__']
print(Student.__hash__)
#> None
