import json
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal


@dataclass
class Student:
    first_name: str
    enrolled: date
    clubs: set[str]
    fees_due: Decimal


jane = Student("Jane", date(2024, 9, 2), {"chess", "rowing"}, Decimal("120.50"))

# One field at a time, to see each refusal; the notes say where it was.
for name in ("enrolled", "clubs", "fees_due"):
    try:
        json.dumps({name: asdict(jane)[name]})
    except TypeError as error:
        print(f"{error} {getattr(error, '__notes__', [])}")
        #> Object of type date is not JSON serializable ["when serializing dict item 'enrolled'"]
        #> Object of type set is not JSON serializable ["when serializing dict item 'clubs'"]
        #> Object of type Decimal is not JSON serializable ["when serializing dict item 'fees_due'"]


def encode(value: object) -> object:
    """What json.dumps calls for each object it cannot write itself."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, set):
        return sorted(value)
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


print(json.dumps(asdict(jane), default=encode))
#> {"first_name": "Jane", "enrolled": "2024-09-02", "clubs": ["chess", "rowing"], "fees_due": "120.50"}

# A note for each list or dict the encoder was in, innermost first, on any
# error it raises; none when the object is the whole document.
nested_nan = {"gpas": [3.9, float("nan")]}
for document, options in [(jane.enrolled, {}), (nested_nan, {"allow_nan": False})]:
    try:
        json.dumps(document, **options)
    except (TypeError, ValueError) as error:
        print(f"{type(error).__name__}: {error} {getattr(error, '__notes__', [])}")
        #> TypeError: Object of type date is not JSON serializable []
        #> ValueError: Out of range float values are not JSON compliant: nan ['when serializing list item 1', "when serializing dict item 'gpas'"]
