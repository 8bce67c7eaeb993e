"""An exchange ratio is read by its direction words, whichever side the offer prints first:
"for every", "for each", "per", "in exchange for", "surrender X to receive Y", "X must be
surrendered in exchange for Y", "for surrendering". The checks' reader and the notice's
reader value it alike (what one receives for each one given up), and the notice says it the
same way round, the noun agreeing with its figure and the figure as the offer prints it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.facts import extract
from amendtool.core.model import Document
from amendtool.core.plain_fact_reading import facts_in
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording
from tests.support.builders import doc
from tests.support.plain import plain_filing

# {r}: what one receives, {g}: what one gives up, each followed by its noun
PHRASINGS = [
    "You will receive {r} {R} for every {g} {G}.",
    "You will receive {r} {R} for each {g} {G} you tender.",
    "You will receive {r} {R} per {g} {G}.",
    "You will receive {r} {R} in exchange for {g} {G}.",
    "You will receive {r} {R} in exchange for every {g} {G}.",
    "You will receive {r} {R} for surrendering {g} {G}.",
    "For every {g} {G} you exchange, we will grant you {r} {R}.",
    "You must surrender {g} {G} to receive {r} {R}.",
    "{g} {G} must be surrendered in exchange for {r} {R}.",
    "{g} {G} will be exchanged for {r} {R}.",
    "The exchange ratio is {g} {G} per {r} {R}.",
]
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 10: "ten"}
WORDS_BACK = {word: str(n) for n, word in WORDS.items()}
FIGURES = [Decimal(n) for n in WORDS] + [Decimal("1.5"), Decimal("2.5"), Decimal("2.0")]
NOUNS = [
    ("New Option", "Eligible Option"),
    ("new option", "eligible option"),
    ("New RSU", "Eligible Option"),
    ("new award", "old award"),  # words the filing's terms do not name: said as printed
]


def _printed(value: Decimal, in_words: bool) -> str:
    if in_words and value == value.to_integral_value() and str(value) == str(int(value)):
        return WORDS[int(value)]
    return str(value)


def _noun(noun: str, printed: str) -> str:
    return noun if printed in ("1", "one") else f"{noun}s"


def _sentence(phrasing: str, r: str, g: str, nouns: tuple[str, str]) -> str:
    text = phrasing.format(r=r, R=_noun(nouns[0], r), g=g, G=_noun(nouns[1], g))
    return text[0].upper() + text[1:]


ratios = st.tuples(
    st.sampled_from(PHRASINGS),
    st.sampled_from(FIGURES),
    st.sampled_from(FIGURES),
    st.booleans(),
    st.sampled_from(NOUNS),
)


@settings(max_examples=300, deadline=None)
@given(ratios)
def test_both_readers_value_a_ratio_by_its_direction_words(
    case: tuple[str, Decimal, Decimal, bool, tuple[str, str]],
) -> None:
    phrasing, received, given_up, in_words, nouns = case
    text = _sentence(phrasing, _printed(received, in_words), _printed(given_up, in_words), nouns)
    value = received / given_up
    checks = [Decimal(f.value) for f in extract(text) if f.kind == "ratio"]
    notice = [f for f in facts_in(text) if f.kind == "ratio"]
    assert len(checks) == 1 and abs(checks[0] - value) < Decimal("0.0001"), (text, checks)
    assert len(notice) == 1 and abs(Decimal(notice[0].value) - value) < Decimal("0.0001"), (
        text,
        notice,
    )


@settings(max_examples=200, deadline=None)
@given(ratios, st.sampled_from(FIGURES))
def test_the_notice_says_a_ratio_the_way_round_the_offer_does(
    case: tuple[str, Decimal, Decimal, bool, tuple[str, str]], now_given: Decimal
) -> None:
    phrasing, received, given_up, in_words, nouns = case
    if now_given == given_up:
        now_given = given_up + Decimal("0.5")
    r, g, g2 = (_printed(v, in_words) for v in (received, given_up, now_given))
    old, new = (_sentence(phrasing, r, x, nouns) for x in (g, g2))
    # a whole number is said in words; a decimal as the offer prints it ("2.0", "1.5")
    r, g2 = (_printed(Decimal(WORDS_BACK.get(x, x)), True) for x in (r, g2))
    changes, _ = fact_changes(old, new)
    assert [c.kind for c in changes] == ["ratio"], (old, new, changes)
    said = " ".join(fact_sentences(changes, house_wording()))
    received_said = "one" if r in ("1", "one") else r
    given_said = "each" if g2 in ("1", "one") else f"every {g2}"
    assert f"You will now receive {received_said} " in said, (new, said)
    assert f" for {given_said} " in said, (new, said)
    # the noun agrees with its figure: "one New Option", "2.0 Eligible Options"
    counted = said.split(f" for {given_said} ", 1)[1].split(".")[0]
    plural = g2 not in ("1", "one")
    assert counted.endswith("s") == plural, (new, said)


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        pytest.param("Exchange Ratio (Eligible Options to New Options)", "3:1", "4:1", id="colon"),
        pytest.param("Eligible Options for each New Option", "3", "4", id="given-for-each-new"),
        pytest.param("Eligible Options per New Option", "3", "4", id="given-per-new"),
        pytest.param("New Options for each Eligible Option", "0.25", "0.2", id="new-for-each"),
        pytest.param("Exchange Ratio", "3", "4", id="no-side-named"),
    ],
)
def test_a_ratio_tables_figure_is_never_said_the_wrong_way_round(
    example_filing_toml: Path, heading: str, old: str, new: str
) -> None:
    """Each row change gives holders fewer New Options for what they give up: the notice
    says so, or leaves it to counsel, and never says they receive more."""
    cover = ("", ["Kestrel Inc. offers to exchange eligible options for new options."])
    rows = [f"Exercise Price\t{heading}", "$10.00 to $19.99\t2", "$20.00 or more\t{}"]

    def offer(figure: str) -> Document:
        return doc([cover, ("2. Exchange Ratio", [*rows[:2], rows[2].format(figure)])])

    amendment = draft_amendment(offer(old), offer(new), plain_filing(example_filing_toml))
    said = " ".join(p.text for p in plain_paragraphs(amendment))
    assert "receive more" not in said, said
    assert "receive fewer" in said or "[Explain" in said, said


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        pytest.param("Exchange Ratio (New Options for Eligible Options)", "1 for 3", "1 for 4"),
        pytest.param("Eligible Options Exchanged for New Options", "3 for 1", "4 for 1"),
        pytest.param("Eligible Options Surrendered for each New Option", "3-for-1", "4-for-1"),
    ],
)
def test_a_bare_ratio_is_read_the_way_its_column_heading_names_the_sides(
    example_filing_toml: Path, heading: str, old: str, new: str
) -> None:
    cover = ("", ["Kestrel Inc. offers to exchange eligible options for new options."])

    def offer(ratio: str) -> Document:
        rows = [
            f"Exercise Price\t{heading}",
            "$10.00 to $19.99\t1 for 2",
            f"$20.00 or more\t{ratio}",
        ]
        return doc([cover, ("2. Exchange Ratio", rows)])

    amendment = draft_amendment(offer(old), offer(new), plain_filing(example_filing_toml))
    said = " ".join(p.text for p in plain_paragraphs(amendment))
    assert "You will now receive one New Option for every four Eligible Options." in said, said
    assert "It was one for every three." in said, said
    assert "[" not in said, said


def test_a_bare_ratio_under_a_heading_naming_neither_side_is_left_to_counsel(
    example_filing_toml: Path,
) -> None:
    cover = ("", ["Kestrel Inc. offers to exchange eligible options for new options."])

    def offer(ratio: str) -> Document:
        rows = [
            "Exercise Price\tExchange Ratio",
            "$10.00 to $19.99\t1 for 2",
            f"$20.00 or more\t{ratio}",
        ]
        return doc([cover, ("2. Exchange Ratio", rows)])

    amendment = draft_amendment(
        offer("1 for 3"), offer("1 for 4"), plain_filing(example_filing_toml)
    )
    said = " ".join(p.text for p in plain_paragraphs(amendment))
    assert "You will now receive" not in said and "[Say in plain words" in said, said


@pytest.mark.parametrize(
    "ratio",
    [
        "You will receive 1 New Option per 3 Eligible Options.",
        "You must surrender 3 Eligible Options to receive 1 New Option.",
        "Three eligible options must be surrendered in exchange for one new option.",
    ],
)
def test_an_example_is_checked_against_a_ratio_however_it_is_phrased(
    example_filing_toml: Path, ratio: str
) -> None:
    cover = ("", ["Kestrel Inc. offers to exchange eligible options for new options."])
    example = "For example, if you surrender 600 eligible options, you will receive {} new options."

    def offer(received: str) -> Document:
        return doc([cover, ("2. Exchange Ratio", [ratio, example.format(received)])])

    filing = plain_filing(example_filing_toml)
    follows = draft_amendment(offer("300"), offer("200"), filing)
    assert not [f for f in run_checks(follows) if f.code == "example_ratio"]
    wrong = draft_amendment(offer("200"), offer("300"), filing)
    [finding] = [f for f in run_checks(wrong) if f.code == "example_ratio"]
    assert "300 new options" in finding.message, finding.message
