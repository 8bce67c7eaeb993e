"""Items as plain data are what dataclasses.asdict makes of them: the same dicts, lists,
tuples and values (asdict's deep copy shares immutable values too), for every item drafted
from the sample and the corpus, and for containers of any shape."""

from __future__ import annotations

import dataclasses
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.plain_data import as_plain_dict
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (a tuple is not a list)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def test_drafted_items_are_what_asdict_makes() -> None:
    pairs = [(SAMPLES / "offer-to-exchange.docx", SAMPLES / "offer-to-exchange-revised.docx")]
    for case in sorted(CORPUS.iterdir())[:3]:
        originals = sorted(case.glob("original.*"))
        reviseds = sorted(case.glob("revised.*"))
        if originals and reviseds:
            pairs.append((originals[0], reviseds[0]))
    filing = load_filing(str(SAMPLES / "filing.toml"))
    seen = 0
    for original, revised in pairs:
        try:
            amendment = draft_amendment(load_document(original), load_document(revised), filing)
        except Exception:  # a corpus case may need its own filing details; the sample does not
            continue
        for item in amendment.change_items:
            assert same(as_plain_dict(item), dataclasses.asdict(item))
            seen += 1
    assert seen >= 6  # the sample alone has six


class Colour(Enum):
    RED = "red"


class Pair(NamedTuple):
    a: Any
    b: Any


@dataclasses.dataclass
class Inner:
    values: list[Any]
    pair: Pair


@dataclasses.dataclass
class Outer:
    name: str
    inner: Inner
    many: tuple[Inner, ...]
    table: dict[str, Any]
    colour: Colour | None
    other: set[int]


LEAF = st.one_of(st.text(max_size=3), st.integers(), st.none(), st.booleans(), st.floats())
TREE = st.recursive(
    LEAF,
    lambda kids: st.one_of(
        st.lists(kids, max_size=3),
        st.tuples(kids, kids),
        st.dictionaries(st.text(max_size=2), kids, max_size=3),
    ),
    max_leaves=8,
)
INNER = st.builds(Inner, st.lists(TREE, max_size=3), st.builds(Pair, TREE, TREE))


@settings(max_examples=200, deadline=None)
@given(
    st.builds(
        Outer,
        st.text(max_size=4),
        INNER,
        st.lists(INNER, max_size=2).map(tuple),
        st.dictionaries(st.text(max_size=2), TREE, max_size=3),
        st.sampled_from([Colour.RED, None]),
        st.sets(st.integers(), max_size=3),
    )
)
def test_any_shape_is_what_asdict_makes(value: Outer) -> None:
    made, expected = as_plain_dict(value), dataclasses.asdict(value)
    assert same(made, expected) or made == expected == made  # NaN is never equal to itself
    assert repr(made) == repr(expected)
