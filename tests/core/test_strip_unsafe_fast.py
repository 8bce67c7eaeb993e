"""`strip_unsafe` tells ASCII text free of controls with one C pass over its bytes before
its pattern searches it: every paragraph of an offer passes there as it loads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import clean_text
from amendtool.core.clean_text import strip_unsafe

_ASCII = st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=16)
_ANY = st.text(alphabet=st.sampled_from(["a", " ", "\t", "\x0c", "\x1b", "\x7f", "\x9b", "é"]))


@settings(max_examples=500, deadline=None)
@given(st.one_of(_ASCII, _ANY))
def test_the_look_answers_as_the_pattern(text: str) -> None:
    clean, removed = strip_unsafe(text)
    if clean_text._UNSAFE.search(text) is None:
        assert (clean, removed) == (text, None)
    else:
        assert removed is not None and removed.count > 0


def test_every_ascii_character_is_told_as_the_pattern_tells_it() -> None:
    for code in range(0x80):
        char = chr(code)
        assert (char.encode() in clean_text._SAFE_ASCII) == (
            clean_text._UNSAFE.search(char) is None
        )


def test_a_plain_paragraph_is_not_searched(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The pattern's search runs on none of the plain paragraphs, only on one with a control."""
    searched: list[str] = []

    class _Counted:
        def __init__(self, pattern):  # type: ignore[no-untyped-def]
            self.pattern = pattern

        def search(self, text, *args):  # type: ignore[no-untyped-def]
            searched.append(text)
            return self.pattern.search(text, *args)

        def __getattr__(self, name):  # type: ignore[no-untyped-def]
            return getattr(self.pattern, name)

    monkeypatch.setattr(clean_text, "_UNSAFE", _Counted(clean_text._UNSAFE))
    for n in range(50):
        assert strip_unsafe(f"Options {n} are accepted.\tIn full.") == (
            f"Options {n} are accepted.\tIn full.",
            None,
        )
    assert strip_unsafe("a\x07b")[0] == "ab"
    assert searched == ["a\x07b"]
