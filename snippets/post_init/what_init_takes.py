import inspect
import itertools
from dataclasses import KW_ONLY, MISSING, dataclass, field, fields

_numbers = itertools.count(1)


def next_roll_num() -> str:
    return f"R{next(_numbers):04}"


@dataclass
class Student:
    first_name: str
    last_name: str
    year: str = "freshman"
    roll_num: str = field(default_factory=next_roll_num, init=False)
    email: str = field(init=False)
    _: KW_ONLY
    tuition: int = 10000

    def __post_init__(self) -> None:
        before = list(vars(self))
        print("set by __init__:", *before)
        #> set by __init__: first_name last_name year roll_num tuition
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"
        print("set by __post_init__:", *[name for name in vars(self) if name not in before])
        #> set by __post_init__: email


def source(f) -> str:
    if f.default_factory is not MISSING:
        return "factory"
    return "no default" if f.default is MISSING else f"default {f.default!r}"


for f in fields(Student):
    print(f"{f.name:<11} init={f.init!s:<6} kw_only={f.kw_only!s:<6} {source(f)}")
    #> first_name  init=True   kw_only=False  no default
    #> last_name   init=True   kw_only=False  no default
    #> year        init=True   kw_only=False  default 'freshman'
    #> roll_num    init=False  kw_only=False  factory
    #> email       init=False  kw_only=False  no default
    #> tuition     init=True   kw_only=True   default 10000
print(inspect.signature(Student))
#> (first_name: str, last_name: str, year: str = 'freshman', *, tuition: int = 10000) -> None

jane = Student("Jane", "Lee", tuition=30000)
print(jane)
#> Student(first_name='Jane', last_name='Lee', year='freshman', roll_num='R0001', email='Jane.Lee@uni.edu', tuition=30000)
