from dataclasses import dataclass, field


@dataclass
class Student:
    first_name: str
    last_name: str
    email: str = field(init=False)
    gpa: float = field(default=0.0, kw_only=True)

    def __post_init__(self) -> None:
        self.email = f"{self.first_name}.{self.last_name}@uni.edu".lower()


# Neither the init=False field nor the keyword-only one is in it.
print(Student.__match_args__)
#> ('first_name', 'last_name')

jane = Student("Jane", "Lee", gpa=3.9)
# Both still match by keyword: a keyword sub-pattern reads any attribute.
match jane:
    case Student(first, email=email, gpa=gpa) if gpa > 3.5:
        print(f"{first} <{email}> is on the dean's list")
        #> Jane <jane.lee@uni.edu> is on the dean's list

try:
    match jane:
        case Student(first, last, email):
            print(email)
except TypeError as error:
    print(f"{type(error).__name__}: {error}")
    #> TypeError: Student() accepts 2 positional sub-patterns (3 given)
