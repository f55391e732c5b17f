import warnings
from dataclasses import fields

# A module that still starts with the __future__ import, compiled and run
# here so that any warning the compiler gives can be caught.
source = """
from __future__ import annotations
from dataclasses import dataclass

@dataclass
class Student:
    first_name: str
    advisor: Teacher | None = None

class Teacher:
    pass
"""

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    module = {}
    exec(compile(source, "students.py", "exec"), module)

print(f"{len(caught)} warnings")
#> 0 warnings
print([(field.name, field.type) for field in fields(module["Student"])])
#> [('first_name', 'str'), ('advisor', 'Teacher | None')]
