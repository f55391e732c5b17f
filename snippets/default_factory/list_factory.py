from dataclasses import dataclass, field


@dataclass
class Student:
    name: str
    classes: list[str] = field(default_factory=list)


ana = Student("Ana")
ben = Student("Ben")
ana.classes.append("Algebra")

print(ana)
#> Student(name='Ana', classes=['Algebra'])
print(ben)
#> Student(name='Ben', classes=[])
print(ana.classes is ben.classes)
#> False
