from dataclasses import dataclass, field


# --8<-- [start:class]
@dataclass(order=True)
class Student:
    sort_index: int = field(init=False, repr=False)
    first_name: str
    last_name: str
    major: str
    year: str
    gpa: float
    email: str = field(init=False)
    tuition: int = 10000

    def __post_init__(self):
        self.email = f"{self.first_name}.{self.last_name}@uni.edu"
        self.sort_index = self.tuition
# --8<-- [end:class]


# --8<-- [start:use]
jane = Student("Jane", "Lee", "Computer Science", "senior", 3.99, 30000)
julia = Student("Julia", "Doe", "Economics", "junior", 3.63, 27000)
jake = Student("Jake", "Langdon", "Math", "senior", 3.89, 28000)
joy = Student("Joy", "Smith", "Political Science", "sophomore", 4.00)

print(julia > jane)
#> False
print(jane)
#> Student(first_name='Jane', last_name='Lee', major='Computer Science', year='senior', gpa=3.99, email='Jane.Lee@uni.edu', tuition=30000)

students = [jane, julia, jake, joy]
print([(s.first_name, s.sort_index) for s in students])
#> [('Jane', 30000), ('Julia', 27000), ('Jake', 28000), ('Joy', 10000)]
students.sort()
for student in students:
    print(f"{student.first_name} {student.last_name}: {student.tuition}")
    #> Joy Smith: 10000
    #> Julia Doe: 27000
    #> Jake Langdon: 28000
    #> Jane Lee: 30000
# --8<-- [end:use]
