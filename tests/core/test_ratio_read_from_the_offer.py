"""An "X for Y" ratio printed without its direction (a table row "1 for 2") is read the way
the offer itself explains its ratios elsewhere ("a ratio of 1 for 2, which means you will
receive one New Option for every two shares"), when every explanation reads them the same
way round; otherwise neither the reason nor the notice says more or fewer, and counsel is
left a placeholder (the tool never guesses)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import doc
from tests.support.plain import plain_filing

COVER = ("", ["Brenton Microsystems, Inc. is offering to exchange eligible options."])
EXPLAINED = (
    "Options with an exercise price of $20.00 to $39.99 will be exchanged at a ratio of "
    "1 for 2, which means you will receive one New Option for every two shares subject to "
    "the option."
)
OTHER_WAY = (
    "Options with an exercise price of $40.00 or more will be exchanged at a ratio of "
    "3 for 1, which means you will receive one New Option for every three shares subject "
    "to the option."
)
HEADING = "Exercise Price\tExchange Ratio"


def _drafted(filing_toml: Path, explanations: list[str]) -> Amendment:
    def offer(ratio: str) -> list[tuple[str, list[str]]]:
        return [
            COVER,
            ("2. Exchange Ratio", explanations),
            ("3. Eligible Options", [HEADING, f"$20.00 to $39.99\t{ratio}", "$40.00\t1 for 3"]),
        ]

    filing = dataclasses.replace(
        plain_filing(filing_toml), consideration="New Options", tendered="Eligible Options"
    )
    return draft_amendment(doc(offer("1 for 2")), doc(offer("1 for 1.75")), filing)


def test_a_bare_ratio_is_read_as_the_offer_explains_it(example_filing_toml: Path) -> None:
    amendment = _drafted(example_filing_toml, [EXPLAINED])
    [item] = amendment.change_items
    assert "more new securities for each one given up" in item.materiality_reason, (
        item.materiality_reason
    )
    [paragraph] = plain_paragraphs(amendment)
    assert "more New Options" in paragraph.text, paragraph.text
    assert "fewer" not in paragraph.text and "[" not in paragraph.text, paragraph.text


def test_a_bare_ratio_the_offer_explains_both_ways_is_left_to_counsel(
    example_filing_toml: Path,
) -> None:
    amendment = _drafted(example_filing_toml, [EXPLAINED, OTHER_WAY])
    [item] = amendment.change_items
    assert "(more" not in item.materiality_reason, item.materiality_reason
    assert "(fewer" not in item.materiality_reason, item.materiality_reason
    [paragraph] = plain_paragraphs(amendment)
    assert "You will receive" not in paragraph.text, paragraph.text
    assert "[Say in plain words whether" in paragraph.text, paragraph.text  # counsel says
