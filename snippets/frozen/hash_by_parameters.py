from dataclasses import dataclass
from itertools import product


def what_hash(cls: type) -> str:
    if "__hash__" not in vars(cls):
        return "inherited (object's, by identity)"
    if cls.__hash__ is None:
        return "None (unhashable)"
    return "generated from the fields"


print("eq     frozen unsafe_hash -> __hash__")
#> eq     frozen unsafe_hash -> __hash__
for eq, frozen, unsafe_hash in product([True, False], repeat=3):

    @dataclass(eq=eq, frozen=frozen, unsafe_hash=unsafe_hash)
    class Student:
        name: str

    print(f"{eq!s:6} {frozen!s:6} {unsafe_hash!s:11} -> {what_hash(Student)}")
    #> True   True   True        -> generated from the fields
    #> True   True   False       -> generated from the fields
    #> True   False  True        -> generated from the fields
    #> True   False  False       -> None (unhashable)
    #> False  True   True        -> generated from the fields
    #> False  True   False       -> inherited (object's, by identity)
    #> False  False  True        -> generated from the fields
    #> False  False  False       -> inherited (object's, by identity)

# A __hash__ of your own wins, except against unsafe_hash=True.
try:

    @dataclass(unsafe_hash=True)
    class Registered:
        name: str

        def __hash__(self) -> int:
            return 0

except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Cannot overwrite attribute __hash__ in class Registered
