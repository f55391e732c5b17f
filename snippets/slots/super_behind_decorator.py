import functools
from dataclasses import dataclass


def plain(method):
    """A decorator that forgets functools.wraps."""

    def wrapper(self):
        return method(self)

    return wrapper


def wrapped(method):
    """The same decorator with functools.wraps."""

    @functools.wraps(method)
    def wrapper(self):
        return method(self)

    return wrapper


@dataclass(slots=True)
class Student:
    first_name: str

    def greeting(self):
        return f"Hello, {self.first_name}"


@dataclass(slots=True)
class PlainTA(Student):
    @plain
    def greeting(self):
        return super().greeting() + ", TA"


@dataclass(slots=True)
class WrappedTA(Student):
    @wrapped
    def greeting(self):
        return super().greeting() + ", TA"


for cls in PlainTA, WrappedTA:
    try:
        print(cls("Mia").greeting())
        #> Hello, Mia, TA
    except TypeError as error:
        print(f"{cls.__name__}: TypeError: {error}")
        #> PlainTA: TypeError: super(type, obj): obj (instance of PlainTA) is not an instance or subtype of type (PlainTA).

# The class holds the wrapper. The __class__ cell is in the original
# method, which slots=True reaches only through __wrapped__.
for cls in PlainTA, WrappedTA:
    wrapper = cls.__dict__["greeting"]
    original = wrapper.__closure__[0].cell_contents
    print(cls.__name__, hasattr(wrapper, "__wrapped__"), original.__closure__[0].cell_contents is cls)
    #> PlainTA False False
    #> WrappedTA True True
