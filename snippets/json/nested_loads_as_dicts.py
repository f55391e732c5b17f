import json
from dataclasses import asdict, dataclass


@dataclass
class Advisor:
    name: str
    office: str


@dataclass
class Student:
    first_name: str
    advisor: Advisor


jane = Student("Jane", Advisor("Dr. Lee", "B204"))
text = json.dumps(asdict(jane))
print(text)
#> {"first_name": "Jane", "advisor": {"name": "Dr. Lee", "office": "B204"}}

back = Student(**json.loads(text))
print(back)
#> Student(first_name='Jane', advisor={'name': 'Dr. Lee', 'office': 'B204'})
print(type(back.advisor).__name__)
#> dict
print(back == jane)
#> False
