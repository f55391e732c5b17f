from dataclasses import dataclass, fields, make_dataclass

registry = []


def registered(cls=None, /, **options):
    """@dataclass, plus a record of every class it makes."""

    def wrap(cls):
        cls = dataclass(cls, **options)
        registry.append(cls.__name__)
        return cls

    return wrap if cls is None else wrap(cls)


try:
    Student = make_dataclass(
        "Student",
        [("first_name", str), ("gpa", float, 0.0)],
        frozen=True,
        decorator=registered,
    )
except TypeError as error:
    print(f"TypeError: {error}")
else:
    print(Student("Jane"), registry)
    #> Student(first_name='Jane', gpa=0.0) ['Student']
    print([f.name for f in fields(Student)], Student.__dataclass_params__.frozen)
    #> ['first_name', 'gpa'] True
