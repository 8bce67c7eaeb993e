"""The words the speller reads are found without reading a paragraph for web and e-mail
addresses it cannot print (ASCII text with no "@", "://", "www." or ".com" and the like),
and the original's words in one pass: the same words either way. Work is counted (texts
the address pattern reads, passes over the original), never timed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import spelling
from amendtool.core.spelling import _CLAUSE_NUMERAL, ADDRESS, WORD, filed_words, words_to_spell
from tests.support.builders import doc

PIECES = ["Counsel", "tender", " ", ". ", "www.sec.gov", "WWW.SEC.GOV", "people@acme.com",
          "https://acme.example/offer", "Acme.COM", "acme.us", "(iv)", "(ii)", "13e-4(f)(2)(ii)",
          "naïve", "\u017f", "K", "\u212a", "O'Brien", "’s", "@", "://", ".io", "io", "\n",
          "Rule", "12", "e-mail", "Ü"]  # fmt: skip


def as_before(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in ADDRESS.finditer(text)]
    spans += [m.span() for m in _CLAUSE_NUMERAL.finditer(text)]
    return [m.span() for m in WORD.finditer(text) if not any(a <= m.start() < b for a, b in spans)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_the_words_to_spell_are_those_read_around_every_address(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in words_to_spell(text)] == as_before(text)


class Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def finditer(self, text: str) -> object:
        self.read += 1
        return self.pattern.finditer(text)

    def findall(self, text: str) -> list[str]:
        self.read += 1
        return self.pattern.findall(text)


@pytest.mark.parametrize("copies", [1, 50])
def test_a_paragraph_without_an_address_mark_is_not_read_for_one(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    counting = Counting(ADDRESS)
    monkeypatch.setattr(spelling, "ADDRESS", counting)
    for _ in range(copies):
        words_to_spell("You may tender your options under Rule 13e-4(f)(2)(ii) of the Act.")
    assert counting.read == 0
    assert [m.group() for m in words_to_spell("Write to people@acme.com today.")] == [
        "Write",
        "to",
        "today",
    ]
    assert counting.read == 1


@pytest.mark.parametrize("copies", [1, 20])
def test_the_originals_words_are_read_in_one_pass(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    paragraphs = ["The offer's terms", "naïve holders", "end\tof row", "O’Brien and co"] * copies
    original = doc([("", ["Acme is offering"]), ("1. Terms", paragraphs)])
    expected = {w for p in original.paragraphs() for w in WORD.findall(p.text)}
    counting = Counting(WORD)
    monkeypatch.setattr(spelling, "WORD", counting)
    assert filed_words(original) == expected
    assert counting.read == 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab'’é1_ \t\n\u00a0\u2028\x1c-.,", max_size=30), max_size=8))
def test_the_originals_words_are_the_words_of_its_paragraphs(paragraphs: list[str]) -> None:
    """Read from the distinct pieces between spaces, the words are those of every paragraph,
    whatever the white space (a no-break space, a line separator, a control)."""
    original = doc([("", ["Acme is offering"]), ("1. Terms", paragraphs or ["x"])])
    expected = {w for p in original.paragraphs() for w in WORD.findall(p.text)}
    assert filed_words(original) == expected


_SPLITS = [0]


class _Splits(str):
    """A paragraph's text that counts how often it is split into pieces."""

    def split(self, *args, **named):  # type: ignore[no-untyped-def,override]
        _SPLITS[0] += 1
        return super().split(*args, **named)


def test_a_paragraph_printed_again_is_split_once() -> None:
    """An offer prints its boilerplate again and again (the same legend, the same answer in
    the summary and the section): each text is split into its pieces once."""
    paragraphs = ["You may withdraw your options.", "The offer expires at 5:00 p.m."] * 30
    original = doc([("", ["Acme is offering"]), ("1. Terms", paragraphs)])
    expected = {w for p in original.paragraphs() for w in WORD.findall(p.text)}
    for paragraph in original.paragraphs():
        paragraph.text = _Splits(paragraph.text)
    _SPLITS[0] = 0
    assert filed_words(original) == expected
    assert _SPLITS[0] == 3  # the opening and the two paragraphs, once each


def test_a_word_the_dictionary_lacks_is_looked_for_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    """A word in ASCII is written the same as a key escaped or not: the list (millions of
    characters) is searched for it once, not once for each way of writing it."""
    from amendtool.core.dictionary_text import DictionaryText

    asked: list[str] = []
    has_key = DictionaryText.has_key

    def counted(self: DictionaryText, key: str) -> bool:
        asked.append(key)
        return has_key(self, key)

    monkeypatch.setattr(DictionaryText, "has_key", counted)
    speller = spelling.Speller(tmp_path / "firm-words.txt")  # type: ignore[operator]
    assert not speller.in_dictionary("counse") and speller.in_dictionary("counsel")
    assert not speller.in_dictionary("naïvx")  # beyond ASCII: as written, then escaped
    assert asked == ["counse", "counsel", "naïvx", "na\\u00efvx"]
