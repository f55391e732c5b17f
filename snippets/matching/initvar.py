import hashlib
from dataclasses import InitVar, dataclass, field


@dataclass
class Student:
    first_name: str
    last_name: str
    domain: InitVar[str] = "uni.edu"
    email: str = field(init=False)

    def __post_init__(self, domain: str) -> None:
        self.email = f"{self.first_name}.{self.last_name}@{domain}"


# The InitVar is a positional parameter of __init__, so it has a place here.
print(Student.__match_args__)
#> ('first_name', 'last_name', 'domain')

ana = Student("Ana", "Ruiz", "cs.uni.edu")
print(ana.email)
#> Ana.Ruiz@cs.uni.edu
# The third sub-pattern reads ana.domain, which finds the class's default.
match ana:
    case Student(first, last, domain):
        print(f"{first} {last}, domain {domain}")
        #> Ana Ruiz, domain uni.edu


@dataclass
class Account:
    user: str
    password: InitVar[str]
    digest: str = field(init=False)

    def __post_init__(self, password: str) -> None:
        self.digest = hashlib.sha256(password.encode()).hexdigest()[:12]


print(Account.__match_args__)
#> ('user', 'password')
# Nothing is stored as account.password, so the pattern does not match.
match Account("jane", "s3cret"):
    case Account(user, password):
        print(f"{user} matched")
    case _:
        print("no match, and no error")
        #> no match, and no error
