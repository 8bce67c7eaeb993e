"""A change whose figures are told with every place making them, and whose other words are
told in a paragraph of its own, is the notice's own layout: `check` said "error: item A has 3
plain paragraphs in the notice" against it, with no step for counsel, and the paragraph of
its own said "We rewrote the paragraph. It now begins …" though every figure it changes is
told above. Every message of the notice's coverage says what counsel should do."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.plain_change_paragraphs import voice_of
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import holders_filing, revised

OFFER: Spec = [
    (
        "",
        [
            "We are offering to purchase up to 2,000,000 Preferred Shares at $24.00 per "
            "Preferred Share, as set forth in this Offer to Purchase."
        ],
    ),
    ("1. Number of Shares", ["We will purchase up to 2,000,000 Preferred Shares."]),
    ("2. Purchase Price", ["The purchase price is $24.00 per Preferred Share."]),
]


def _amended(example_filing_toml: Path) -> Amendment:
    filing = holders_filing(example_filing_toml)
    new = revised(revised(OFFER, "2,000,000", "1,500,000"), "$24.00", "$25.50")
    new[0] = ("", [new[0][1][0].replace("purchase up", "purchase for cash up")])
    return draft_amendment(doc(OFFER), doc(new), filing)


def test_the_notice_s_own_layout_is_no_error(example_filing_toml: Path) -> None:
    amendment = _amended(example_filing_toml)
    cover = next(n for n, i in enumerate(amendment.change_items) if "for cash" in i.new_text)
    told = [p for p in plain_paragraphs(amendment) if cover in p.items]
    assert len(told) >= 2, [p.heading for p in told]  # the layout this test is about
    found = [f for f in run_checks(amendment) if f.code == "plain_paragraph"]
    assert found == [], [f.message for f in found]


def test_the_paragraph_of_its_own_says_what_else_changed(example_filing_toml: Path) -> None:
    amendment = _amended(example_filing_toml)
    cover = next(n for n, i in enumerate(amendment.change_items) if "for cash" in i.new_text)
    paragraphs = plain_paragraphs(amendment)
    assert [p.text for p in paragraphs if p.items == (cover,)] == []
    words = voice_of(amendment).words
    told = [p.text for p in paragraphs if cover in p.items]
    other = words["also_reworded_in"].split("{")[0]  # "We also changed other words "
    assert sum(text.count(other) for text in told) == 1, told
    assert not any("rewrote" in text for text in told), told
