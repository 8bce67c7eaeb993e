"""The screen of a Word part's bytes (io/read_limits.py) answers through the one-byte C
searches and long jumps of io/word_part_bytes.py exactly as `split` and the two-byte
searches it replaced, which ran over the whole part several times."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.io import word_part_bytes
from amendtool.io.word_part_bytes import holds_declaration, instruction_count, spans_within

_PART = st.lists(
    st.sampled_from([b"</w:p>", b"<w:p>", b"ab", b"a" * 7, b"<?", b"?", b"<", b"!", b"<!", b"/"]),
    max_size=30,
).map(b"".join)


@settings(max_examples=500, deadline=None)
@given(_PART, st.integers(0, 20))
def test_spans_within_as_split(data: bytes, most: int) -> None:
    assert spans_within(data, b"</w:p>", most) == (max(map(len, data.split(b"</w:p>"))) <= most)


@settings(max_examples=500, deadline=None)
@given(_PART)
def test_declarations_and_instructions_as_searched(data: bytes) -> None:
    assert holds_declaration(data) == (b"<!" in data)
    assert instruction_count(data) == data.count(b"<?")


def test_many_questions_are_counted_as_searched() -> None:
    data = b"<?xml?>" + b"<w:t>Why?</w:t><?x?>" * (word_part_bytes._FEW_QUESTIONS + 1)
    assert instruction_count(data) == data.count(b"<?")


def test_a_long_part_is_crossed_in_few_jumps() -> None:
    """From span to span, `most` bytes at a time: not a search from every paragraph end."""
    calls = 0

    class _Counted(bytes):
        def rfind(self, *args):  # type: ignore[no-untyped-def,override]
            nonlocal calls
            calls += 1
            return super().rfind(*args)

    part = _Counted(b"<w:p><w:r><w:t>We accept.</w:t></w:r></w:p>" * 10_000)
    assert spans_within(part, b"</w:p>", 50_000)
    assert calls <= len(part) // 50_000 + 2
