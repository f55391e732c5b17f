import copy
import pickle
from dataclasses import dataclass, field

post_init_ran_for: list[str] = []


@dataclass
class Student:
    first_name: str
    last_name: str
    email: str = field(init=False)

    def __post_init__(self) -> None:
        post_init_ran_for.append(f"{self.first_name} {self.last_name}")
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"


jane = Student("Jane", "Lee")
shallow = copy.copy(jane)
deep = copy.deepcopy(jane)
unpickled = pickle.loads(pickle.dumps(jane))

print(post_init_ran_for)
#> ['Jane Lee']
print(shallow == jane, deep == jane, unpickled == jane)
#> True True True
print(unpickled)
#> Student(first_name='Jane', last_name='Lee', email='Jane.Lee@uni.edu')

# How they rebuild an object: a bare __new__, then the saved attributes.
rebuild, arguments, state = jane.__reduce_ex__(2)[:3]
print(rebuild.__name__, [cls.__name__ for cls in arguments], state)
#> __newobj__ ['Student'] {'first_name': 'Jane', 'last_name': 'Lee', 'email': 'Jane.Lee@uni.edu'}
