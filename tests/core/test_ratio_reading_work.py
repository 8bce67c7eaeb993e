"""How the offer explains its bare ratios is read by trying the long ratio pattern only on
paragraphs that print a bare ratio to explain: a long offer says "for" in most paragraphs
("eligible options for new options", "for each grant") and explains a ratio in few. Work is
counted (paragraphs the pattern is tried on), never timed."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from amendtool.core import ratio_reading, text_cache
from amendtool.core.ratio_reading import offer_reading
from tests.support.builders import doc

EXPLAINED = (
    "Eligible Options will be exchanged at a ratio of 1 for 2, which means you will receive "
    "one New Option for every two Eligible Options you exchange."
)
# "for" without a bare ratio, in the shapes an offer prints it
PLAIN = [
    "Acme is offering to exchange eligible options for new options.",
    "You will receive one New Option for every two Eligible Options you exchange.",
    "The offer is open for 20 business days for each eligible employee.",
    "Options granted for services are eligible for the exchange.",
]


class Counting:
    """The ratio pattern, counting the texts it is tried on."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.tried = pattern, 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.tried += 1
        return self.pattern.finditer(text)


def _reading(monkeypatch: pytest.MonkeyPatch, paragraphs: list[str]) -> tuple[object, int]:
    text_cache.clear_caches()  # a first reading: each paragraph's explanation is kept after
    counting = Counting(ratio_reading.RATIO)
    monkeypatch.setattr(ratio_reading, "RATIO", counting)
    reading = offer_reading(doc([("1. Terms", paragraphs)]))
    return reading, counting.tried


@pytest.mark.parametrize("copies", [1, 10, 100])
def test_the_ratio_pattern_is_tried_only_where_a_bare_ratio_is_printed(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    paragraphs = PLAIN * copies + [EXPLAINED]
    reading, tried = _reading(monkeypatch, paragraphs)
    assert tried == 1  # the one paragraph printing "1 for 2", however long the offer
    assert reading is not None and reading.received_first
    assert "one New Option for every two" in reading.explained


def test_an_offer_with_no_bare_ratio_tries_the_pattern_nowhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reading, tried = _reading(monkeypatch, PLAIN * 50)
    assert (reading, tried) == (None, 0)


def test_a_ratio_explained_the_other_way_round_is_read_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other_way = EXPLAINED.replace("1 for 2", "2 for 1")
    reading, tried = _reading(monkeypatch, [*PLAIN, other_way])
    assert tried == 1 and reading is not None and not reading.received_first
