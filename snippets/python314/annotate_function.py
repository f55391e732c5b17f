from dataclasses import dataclass

try:
    from annotationlib import Format, get_annotations
except ImportError as error:
    print(f"{type(error).__name__}: {error}")
    Format = get_annotations = None


@dataclass
class Student:
    name: str
    gpa: float


print(Student.__annotations__)
#> {'name': <class 'str'>, 'gpa': <class 'float'>}
print(callable(getattr(Student, "__annotate__", None)))
#> True
if get_annotations is not None:
    # The same annotations as source text, without evaluating them.
    print(get_annotations(Student, format=Format.STRING))
    #> {'name': 'str', 'gpa': 'float'}
