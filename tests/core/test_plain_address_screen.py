"""The notice's reading grade reads each e-mail or web address as one short word: a text is
tried for an address only where it holds what every address holds ("@", "://", "www."), so
the address pattern is not tried at each letter of hundreds of paragraphs that hold none;
and a sentence with no quotation in it is judged as written, without looking for one."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core import plain_english
from amendtool.core.plain_english import may_hold_address, plain_sentences, without_addresses
from amendtool.core.segment import sentences
from amendtool.core.text_cache import clear_caches

# the pattern as the reading grade applies it to every text
SLOW = re.compile(r"(?:https?://|www\.)[^\s]*[^\s.,;:)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_PIECES = [
    *("www", "WWW", "wWw", ".", "@", "://", "http", "HTTPS", ":", "/", "a", "b.com", "x"),
    *(" ", "  ", "-", "+", "_", ",", ")", ";", "é", "K", "ſ", "İ", "\u212a", "Qq0qQ", '"'),
]
texts = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=16).map("".join)


@settings(max_examples=600, deadline=None)
@given(texts)
@example("write to hr@example.com today")
@example("see WWW.EXAMPLE.COM/offer.")
@example("HTTPS://example.com")
@example("nothing to read here")
def test_the_address_screen_never_says_no_where_the_pattern_finds_one(text: str) -> None:
    if SLOW.search(text):
        assert may_hold_address(text)
    assert without_addresses(text) == SLOW.sub("us", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=1, max_size=3))
@example(["He said “the offer is extended” to us. Then [we/they] will pay."])
@example(['A "quoted" word. Qq stays as it is. None here.'])
@example(["Q\u2060q"])  # the mark once made for counsel's own "Qq", typed by counsel
@example(['He said "yes". Qq and Q\u2060q stay.'])
def test_sentences_read_as_they_were_before(parts: list[str]) -> None:
    clear_caches()
    for text in parts:
        if "Qq" in text:  # the old reading took counsel's "Qq0qQ" for a quotation's place
            typed = "".join(text.split())
            for _, written in plain_english._as_written(text):
                assert "".join(written.split()) in typed
        else:
            assert plain_english._as_written(text) == _slow_as_written(text)


def test_counsels_own_qq0qq_is_read_as_typed() -> None:
    """Typed in a notice paragraph, it stopped the checks with an IndexError."""
    clear_caches()
    text = 'Reference Qq0qQ and Qq7qQ, then "the Offer" stays quoted.'
    [(checked, written)] = plain_english._as_written(text)
    assert written == text
    assert checked == "Reference Qq0qQ and Qq7qQ, then this stays quoted."


def _slow_as_written(text: str) -> tuple[tuple[str, str], ...]:
    """Each sentence as the reading first split it: every sentence looked at for a place."""
    quoted: list[str] = []

    def mark(match: re.Match[str]) -> str:
        quoted.append(match.group(0))
        return f"Qq{len(quoted) - 1}qQ"

    out = []
    held = plain_english._HELD.sub(mark, " ".join(text.split()))
    for sentence in sentences(held):
        places = re.compile(r"Qq(\d+)qQ")
        checked = places.sub("this", sentence)
        if plain_english._WORD.search(checked):
            out.append((checked, places.sub(lambda m: quoted[int(m.group(1))], sentence)))
    return tuple(out)


def test_a_notice_without_addresses_is_not_tried_for_one() -> None:
    clear_caches()
    tried = mock.Mock(wraps=SLOW)
    paragraphs = [
        f"Item {n}: the offer now ends on June {n}, 2026. You may tender." for n in range(50)
    ]
    with mock.patch.object(plain_english, "_ADDRESS", tried):
        score = plain_english.readability([*paragraphs, "Write to hr@example.com."])
    assert tried.sub.call_count == 1  # the one paragraph that holds an address
    assert score.sentences == len(plain_sentences(paragraphs)) + 1
