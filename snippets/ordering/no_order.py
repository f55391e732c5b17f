from dataclasses import dataclass, field


@dataclass
class Student:
    first_name: str
    last_name: str
    major: str
    year: str
    gpa: float
    email: str = field(init=False)
    tuition: int = 10000

    def __post_init__(self):
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"


jane = Student("Jane", "Lee", "Computer Science", "senior", 3.99)
julia = Student("Julia", "Doe", "Economics", "junior", 3.63, 27000)

print(julia == jane)
#> False
try:
    print(julia > jane)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: '>' not supported between instances of 'Student' and 'Student'
