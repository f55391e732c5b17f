import sys

from pympler.asizeof import asizeof

flat = {"key1": "value1"}
nested = {"key1": {"key2": "value2"}}
deeper = {"key1": {"key2": {"key3": "value3"}}}

# One key each: getsizeof measures the outer dictionary and nothing it points to.
for name, value in [("flat", flat), ("nested", nested), ("deeper", deeper)]:
    print(f"{name:<6}  getsizeof {sys.getsizeof(value)}  asizeof {asizeof(value)}")
    #> flat    getsizeof 184  asizeof 280
    #> nested  getsizeof 184  asizeof 512
    #> deeper  getsizeof 184  asizeof 744
