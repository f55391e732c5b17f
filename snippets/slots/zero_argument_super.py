from dataclasses import dataclass, field


@dataclass(slots=True)
class Student:
    first_name: str
    last_name: str
    email: str = field(init=False)

    def __post_init__(self):
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"


@dataclass(slots=True)
class TA(Student):
    course: str = "Algebra"

    def __post_init__(self):
        super().__post_init__()


try:
    print(TA("Mia", "Gray"))
    #> TA(first_name='Mia', last_name='Gray', email='Mia.Gray@uni.edu', course='Algebra')
except TypeError as error:
    print(f"TypeError: {error}")

# super() finds its class in the method's __class__ cell, filled in by the
# class statement. Is it the class slots=True made, or the one it replaced?
post_init = TA.__post_init__
print(post_init.__code__.co_freevars)
#> ('__class__',)
print(post_init.__closure__[0].cell_contents.__name__)
#> TA
print(post_init.__closure__[0].cell_contents is TA)
#> True


@dataclass(slots=True)
class FixedTA(Student):
    course: str = "Algebra"

    def __post_init__(self):
        super(FixedTA, self).__post_init__()  # looks FixedTA up when it runs


print(FixedTA("Mia", "Gray"))
#> FixedTA(first_name='Mia', last_name='Gray', email='Mia.Gray@uni.edu', course='Algebra')
