from dataclasses import MISSING, dataclass, fields, is_dataclass


@dataclass
class Student:
    first_name: str
    gpa: float = 0.0


jane = Student("Jane", 3.99)

for f in fields(Student):
    print(f.name, f.type.__name__, "no default" if f.default is MISSING else f.default)
    #> first_name str no default
    #> gpa float 0.0
print(fields(jane) == fields(Student), fields(jane) is fields(Student))
#> True False
print(all(a is b for a, b in zip(fields(jane), fields(Student), strict=True)))
#> True
print(is_dataclass(Student), is_dataclass(jane))
#> True True


def is_dataclass_instance(obj: object) -> bool:
    return is_dataclass(obj) and not isinstance(obj, type)


print(is_dataclass_instance(Student), is_dataclass_instance(jane))
#> False True

try:
    fields(42)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: must be called with a dataclass type or instance
