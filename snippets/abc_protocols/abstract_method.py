from abc import ABC, abstractmethod
from dataclasses import dataclass


@dataclass
class Person(ABC):
    first_name: str

    @abstractmethod
    def greeting(self) -> str: ...


try:
    Person("Jane")
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Can't instantiate abstract class Person without an implementation for abstract method 'greeting'


@dataclass
class Student(Person):
    def greeting(self) -> str:
        return f"Hi, {self.first_name}"


jane = Student("Jane")
print(jane, jane.greeting())
#> Student(first_name='Jane') Hi, Jane
print(Person.__abstractmethods__, Student.__abstractmethods__)
#> frozenset({'greeting'}) frozenset()
