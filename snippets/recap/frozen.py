from dataclasses import FrozenInstanceError, dataclass


@dataclass(frozen=True)
class Student:
    name: str
    gpa: float


jane = Student("Jane", 3.99)

try:
    jane.gpa = 4.0
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'gpa'

# Any attribute, not only a field: on an instance of the data class itself,
# the frozen __setattr__ refuses every name.
try:
    jane.nickname = "JJ"
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'nickname'


@dataclass(frozen=True)
class Graduate:
    name: str
    email: str = ""

    def __post_init__(self):
        self.email = f"{self.name.lower()}@uni.edu"  # refused too


try:
    Graduate("Jane")
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'email'



class NicknamedStudent(Student):  # a subclass that is not itself a data class
    pass


jj = NicknamedStudent("Jane", 3.99)
jj.nickname = "JJ"  # not a field: accepted on this subclass
print(jj.nickname)
#> JJ
try:
    jj.gpa = 4.0
except FrozenInstanceError as error:
    print(f"{type(error).__name__}: {error}")
    #> FrozenInstanceError: cannot assign to field 'gpa'

print(issubclass(FrozenInstanceError, AttributeError))
#> True

# Frozen and compared by value, so the class gets a __hash__ from its fields:
# equal students are one key.
honours = {jane: "honours", Student("Jane", 3.99): "honours again"}
print(len(honours), honours[Student("Jane", 3.99)])
#> 1 honours again
