import inspect
from dataclasses import MISSING, dataclass, field, fields


@dataclass
class Student:
    first_name: str
    last_name: str
    major: str
    year: str
    gpa: float
    email: str = field(init=False)
    tuition: int = 10000


@dataclass
class TA(Student):
    course: str | None = None
    hours_per_week: int = 0
    stipend: int = 100
    tuition: int = 0  # declared again: TAs pay no tuition


def mark(cls: type, name: str) -> str:
    """x where `cls` itself declares the field, . where it only inherits it."""
    declares = "__dataclass_fields__" in vars(cls) and name in inspect.get_annotations(cls)
    return "x" if declares else "."


def in_init(f) -> str:
    if not f.init:
        return "(init=False)"
    return "required" if f.default is MISSING else f"= {f.default!r}"


print(f"   {'field':<16}{'Student':<9}{'TA':<4}__init__")
#>    field           Student  TA  __init__
for position, f in enumerate(fields(TA), start=1):
    print(f"{position:>2} {f.name:<16}{mark(Student, f.name):<9}{mark(TA, f.name):<4}{in_init(f)}")
    #>  1 first_name      x        .   required
    #>  2 last_name       x        .   required
    #>  3 major           x        .   required
    #>  4 year            x        .   required
    #>  5 gpa             x        .   required
    #>  6 email           x        .   (init=False)
    #>  7 tuition         x        x   = 0
    #>  8 course          .        x   = None
    #>  9 hours_per_week  .        x   = 0
    #> 10 stipend         .        x   = 100
