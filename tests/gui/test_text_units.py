"""Offsets as Python counts them and as Qt's editor counts them (UTF-16 units) turn into
each other exactly, whatever characters the paragraph holds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from amendtool.gui.text_units import spans_to_units, to_index, to_units

# letters of an offer, and characters Qt counts twice: emoji, mathematical letters, a flag
TEXTS = st.text(alphabet=st.sampled_from([*"ab é.$\u00a0", "😀", "𝑥", "𝒜", "🇺", "🇸"]))


def units_before(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


@given(TEXTS)
def test_every_offset_turns_both_ways(text: str) -> None:
    for index in range(len(text) + 1):
        at = to_units(text, index)
        assert at == units_before(text, index)
        assert to_index(text, at) == index
    assert to_units(text, len(text) + 3) == units_before(text, len(text))


@given(TEXTS, st.data())
def test_a_place_inside_a_pair_is_after_its_character(text: str, data: st.DataObject) -> None:
    wide = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
    if wide:
        index = data.draw(st.sampled_from(wide))
        assert to_index(text, to_units(text, index) + 1) == index + 1


@given(TEXTS, st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8))
def test_spans_turn_as_their_ends_do(text: str, pairs: list[tuple[int, int]]) -> None:
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in pairs]
    assert spans_to_units(text, spans) == [(to_units(text, s), to_units(text, e)) for s, e in spans]
