from dataclasses import InitVar, dataclass, field


@dataclass
class Student:
    first_name: str
    domain: InitVar[str] = "uni.edu"
    email: str = field(init=False)

    def __post_init__(self, domain: str) -> None:
        self.email = f"{self.first_name}@{domain}"


jane = Student("Jane", "cs.uni.edu")
print(jane.email)
#> Jane@cs.uni.edu

# The InitVar was not stored, but its default stayed on the class,
# so reading it on the instance still answers, with the wrong value.
print("domain" in vars(jane))
#> False
print(jane.domain)
#> uni.edu


@dataclass
class NoDefault:
    first_name: str
    domain: InitVar[str]

    def __post_init__(self, domain: str) -> None:
        pass


try:
    print(NoDefault("Jane", "cs.uni.edu").domain)
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
    #> AttributeError: 'NoDefault' object has no attribute 'domain'
