import attrs
from attrs import validators


@attrs.define
class Student:
    first_name: str = attrs.field(validator=validators.instance_of(str))
    # The converter runs first, then the validator sees its result.
    credits: int = attrs.field(converter=int, validator=validators.ge(0))
    gpa: float = attrs.field(default=0.0, validator=validators.le(4.0))


jane = Student("Jane", "42", 3.9)
print(jane)
#> Student(first_name='Jane', credits=42, gpa=3.9)
for args in ((42, 12), ("Jim", "-3"), ("Jim", "forty-two"), ("Jim", 12, 7.5)):
    try:
        Student(*args)
    except (TypeError, ValueError) as error:
        print(f"{type(error).__name__}: {error.args[0]}")
        #> TypeError: 'first_name' must be <class 'str'> (got 42 that is a <class 'int'>).
        #> ValueError: 'credits' must be >= 0: -3
        #> ValueError: invalid literal for int() with base 10: 'forty-two'
        #> ValueError: 'gpa' must be <= 4.0: 7.5

# attrs.define checks assignments too, and its class has slots.
try:
    jane.gpa = 7.5
except ValueError as error:
    print(f"{type(error).__name__}: {error}")
    #> ValueError: 'gpa' must be <= 4.0: 7.5
jane.credits = "50"
print(jane.credits, type(jane.credits).__name__)
#> 50 int
print(hasattr(jane, "__dict__"))
#> False
