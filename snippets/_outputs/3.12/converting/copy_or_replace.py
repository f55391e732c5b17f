import copy
import sys
from dataclasses import dataclass, field, replace

post_init_runs: list[str] = []


@dataclass
class Student:
    name: str
    classes: list[str] = field(default_factory=list)
    email: str = field(init=False)

    def __post_init__(self) -> None:
        post_init_runs.append(self.name)
        self.email = f"{self.name.lower()}@uni.edu"


jane = Student("Jane", ["Algebra"])

shallow = copy.copy(jane)  # no __init__: attributes copied as they are
renamed = replace(jane, name="Jen")  # through __init__: __post_init__ runs
print(post_init_runs)
#> ['Jane', 'Jen']
print(shallow.email, renamed.email)
#> jane@uni.edu jen@uni.edu

# Neither copies the list: both share Jane's.
print(shallow.classes is jane.classes, renamed.classes is jane.classes)
#> True True

if sys.version_info >= (3, 13):
    by_copy_module = copy.replace(jane, name="Julia")
    print(by_copy_module, post_init_runs)
else:
    try:
        copy.replace(jane, name="Julia")
    except AttributeError as error:
        print(f"{type(error).__name__}: {error}")
        #> AttributeError: module 'copy' has no attribute 'replace'
