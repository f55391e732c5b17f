import dataclasses
import inspect


def keyword_parameters(function) -> str:
    """The names a call must pass by keyword, in the order of the signature."""
    parameters = inspect.signature(function).parameters.values()
    return " ".join(p.name for p in parameters if p.kind is p.KEYWORD_ONLY)


print("@dataclass:", keyword_parameters(dataclasses.dataclass))
#> @dataclass: init repr eq order unsafe_hash frozen match_args kw_only slots weakref_slot
print("field():", keyword_parameters(dataclasses.field))
#> field(): default default_factory init repr hash compare metadata kw_only doc
