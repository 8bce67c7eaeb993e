"""A text holding no reference's word with a space after it (nor ")(") is not searched for
references: the pattern, ignoring case, tries a dozen words at every word of a paragraph,
and most changed paragraphs cite nothing. The hint is never wrong: wherever the pattern
finds a reference, the text is searched, whatever letters it is printed in."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from amendtool.core import fact_references, text_cache
from amendtool.core.fact_patterns import _REFERENCE
from amendtool.core.fact_references import may_cite, references


class _Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.texts = pattern, []  # type: list[str]

    def finditer(self, text: str) -> object:
        self.texts.append(text)
        return self.pattern.finditer(text)


def test_a_text_citing_nothing_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(_REFERENCE)
    monkeypatch.setattr(fact_references, "_REFERENCE", counting)
    text_cache.clear_caches()
    plain = "We will pay $5.25 in cash for each option you tender, as described below."
    cited = "Withdrawal rights are described in Section 4 and Rule 13e-4(f)(2)(ii)."
    assert references(plain) == []
    assert references(cited) == ["Section 4", "Rule 13e-4(f)(2)(ii)"]
    assert counting.texts == [cited]
    text_cache.clear_caches()


_PIECES = st.sampled_from(
    [
        "Section", "SECTION", "ſection", "İtem", "ıtem", "Items", "Rule", "rules", "Regulation",
        "Annex", "appendix", "Exhibit", "page", "Part", "Article", "Question", "Form", "Act",
        "of", "1934", " ", "\u00a0", "\n", "\u2009", "7", "13e-4", "(a)", "(1)", "(ii)", "III",
        "A", "B", "and", "-", "–", ",", "§", "¤", "“", "the offer", "(b)(2)", ")(", "K",
    ]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=10).map("".join))
@example("Section 7")
@example("ſection 7")
@example("see Item\u00a04")
@example("(a)(1)")
@example("Securities Exchange Act of 1934")
@example("Annex A")
def test_the_hint_holds_wherever_a_reference_is_found(text: str) -> None:
    if _REFERENCE.search(text) is not None:
        assert may_cite(text)
