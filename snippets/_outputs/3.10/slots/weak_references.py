import weakref
from dataclasses import dataclass


@dataclass(slots=True)
class StudentSlots:
    first_name: str


jane = StudentSlots("Jane")
try:
    weakref.ref(jane)
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: cannot create weak reference to 'StudentSlots' object

# weakref_slot=True adds the "__weakref__" slot that weakref.ref needs.
try:

    @dataclass(slots=True, weakref_slot=True)
    class WeakStudent:
        first_name: str

    print(WeakStudent.__slots__)
    julia = WeakStudent("Julia")
    print(weakref.ref(julia)() is julia)
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: dataclass() got an unexpected keyword argument 'weakref_slot'
