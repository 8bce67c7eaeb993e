"""A bare exchange ratio printed "1 for 2" in one place and "2 for 1" in another gives holders
two answers to what they receive. Each bare ratio is read the way the words around it say
(its own explanation, its sentence's or column's words naming what is received and what
given up, else the offer's explanation elsewhere); one so read the other way round from the
ratio the offer states is an error where its sentence states the exchange, else a warning;
two reversed with no words to read them by are a warning. Read alike from Word and from
EDGAR text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.model import Document
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

COVER = ("", ["Acme Widgets, Inc. is offering to exchange eligible options for new options."])
TERMS = "2. Number of Options; Exchange Ratio"
EXPLAINED = (
    "Eligible Options will be exchanged at a ratio of 1 for 2, which means you will receive "
    "one New Option for every two Eligible Options you exchange."
)
IN_WORDS = "You will receive one New Option for every two Eligible Options you exchange."
SUMMARY = "Summary Term Sheet"
SAMPLE_FILING = SAMPLES / "filing.toml"


def _offer(summary: str, terms: list[str]) -> Spec:
    return [COVER, (SUMMARY, [summary]), ("1. Eligibility", ["Options are eligible."]),
            (TERMS, terms)]  # fmt: skip


def _findings(example_filing_toml: Path, old: Spec, new: Spec) -> list[Finding]:
    return _checked(example_filing_toml, doc(old), doc(new))


def _checked(example_filing_toml: Path, original: Document, revised: Document) -> list[Finding]:
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")
    amendment: Amendment = draft_amendment(original, revised, filing)
    return [f for f in run_checks(amendment) if f.code == "ratio_direction"]


KEPT = "The exchange ratio is set out in Section 2."


@pytest.mark.parametrize(
    ("reversed_", "terms"),
    [
        # read by the offer's own explanation of its bare ratios elsewhere
        ("The exchange ratio is 2 for 1.", [EXPLAINED]),
        ("Eligible Options will be exchanged at 2-for-1.", [EXPLAINED]),
        # read by the words of its own sentence (what is received named first)
        ("The exchange ratio is 2 for 1 (New Options for Eligible Options).", [IN_WORDS]),
        # read by its own sentence, given-up side first: "1 for 2" is then one given for two
        ("The exchange ratio is 1 for 2 (Eligible Options for New Options).", [IN_WORDS]),
    ],
)
def test_a_bare_ratio_reversed_where_it_states_the_exchange_is_an_error(
    example_filing_toml: Path, reversed_: str, terms: list[str]
) -> None:
    [finding] = _findings(example_filing_toml, _offer(KEPT, terms), _offer(reversed_, terms))
    assert finding.severity == ERROR
    assert finding.item == 0
    printed = "2 for 1" if "2 for 1" in reversed_ else "2-for-1" if "2-for" in reversed_ else ""
    assert (printed or "1 for 2") in finding.message and "Summary Term Sheet" in finding.message


def test_a_reversed_ratio_in_a_passing_mention_is_a_warning(example_filing_toml: Path) -> None:
    mention = "See Section 2 for the 2 for 1 ratio."
    [finding] = _findings(
        example_filing_toml, _offer(KEPT, [EXPLAINED]), _offer(mention, [EXPLAINED])
    )
    assert finding.severity == WARNING
    assert "“2 for 1”" in finding.message and "“1 for 2”" in finding.message


def test_two_bare_ratios_reversed_with_no_words_to_read_them_are_a_warning(
    example_filing_toml: Path,
) -> None:
    terms = ["Eligible Options will be exchanged at an exchange ratio of 1 for 2."]
    old = _offer("The exchange ratio is 1 for 2.", terms)
    [finding] = _findings(example_filing_toml, old, _offer("The exchange ratio is 2 for 1.", terms))
    assert finding.severity == WARNING
    assert "“2 for 1”" in finding.message and "“1 for 2”" in finding.message
    assert "Summary Term Sheet" in finding.message and "Section 2" in finding.message


@pytest.mark.parametrize(
    "same",
    [
        "The exchange ratio is 1 for 2.",  # read the offer's way: one for two
        "The exchange ratio is 2 for 1 (Eligible Options for New Options).",  # said so
        "Options held before our 2-for-1 stock split are adjusted.",  # a split's ratio
        "For example, if you exchange 2 options, you will receive 1 New Option (1 for 2).",
        "Eligible Options are exchanged one for one.",
    ],
)
def test_ratios_that_agree_are_no_finding(example_filing_toml: Path, same: str) -> None:
    assert (
        _findings(example_filing_toml, _offer(KEPT, [EXPLAINED]), _offer(same, [EXPLAINED])) == []
    )


def test_a_table_column_heading_reads_its_bare_ratios(example_filing_toml: Path) -> None:
    heading = "Exercise Price\tNew Options for Eligible Options"
    rows = [IN_WORDS, heading, "$10.00 to $19.99\t1 for 2", "$20.00 or more\t1 for 3"]
    wrong = [IN_WORDS, heading, "$10.00 to $19.99\t2 for 1", "$20.00 or more\t1 for 3"]
    old = _offer(KEPT, rows)
    [finding] = _findings(example_filing_toml, old, _offer(KEPT, wrong))
    assert "“2 for 1”" in finding.message and "“1 for 2”" in finding.message


def _word(path: Path, summary: str) -> Path:
    word = docx.Document()
    word.add_paragraph("ACME WIDGETS, INC.")
    word.add_paragraph("OFFER TO EXCHANGE ELIGIBLE OPTIONS FOR NEW OPTIONS")
    word.add_heading(SUMMARY.upper(), level=1)
    word.add_paragraph(summary)
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    word.add_paragraph("Options granted under our 2010 Plan are eligible.")
    word.add_heading(f"{TERMS}", level=2)
    word.add_paragraph(EXPLAINED)
    word.save(str(path))
    return path


def _edgar(path: Path, summary: str) -> Path:
    lines = [
        "                              ACME WIDGETS, INC.",
        "",
        "              OFFER TO EXCHANGE ELIGIBLE OPTIONS FOR NEW OPTIONS",
        "",
        "                              SUMMARY TERM SHEET",
        "",
        f"     {summary}",
        "",
        "                                  THE OFFER",
        "",
        "1.   ELIGIBILITY.",
        "",
        "     Options granted under our 2010 Plan are eligible.",
        "",
        f"2.   {TERMS[3:].upper()}.",
        "",
        f"     {EXPLAINED}",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("write", [_word, _edgar], ids=["word", "edgar-text"])
def test_a_reversed_bare_ratio_is_found_in_word_and_edgar_text(
    example_filing_toml: Path, tmp_path: Path, write: object
) -> None:
    suffix = ".docx" if write is _word else ".txt"
    original = load_document(write(tmp_path / f"o{suffix}", KEPT))  # type: ignore[operator]
    revised = load_document(write(tmp_path / f"r{suffix}", "The exchange ratio is 2 for 1."))  # type: ignore[operator]
    [finding] = _checked(example_filing_toml, original, revised)
    assert finding.severity == ERROR and "“2 for 1”" in finding.message


def test_an_offer_that_prints_its_ratios_given_up_first_is_read_so(
    example_filing_toml: Path,
) -> None:
    """ "2-for-1, meaning two Eligible Options for each New Option": "1 for 2" elsewhere then
    reads one given up for two received, the reverse."""
    terms = [
        "Eligible Options will be exchanged on a 2-for-1 basis, meaning two Eligible Options "
        "for each New Option."
    ]
    old, new = _offer(KEPT, terms), _offer("The exchange ratio is 1 for 2.", terms)
    [finding] = _findings(example_filing_toml, old, new)
    assert finding.severity == ERROR and "“2 for 1”" in finding.message
    assert (
        _findings(example_filing_toml, old, _offer("The exchange ratio is 2 for 1.", terms)) == []
    )


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12), st.booleans())
def test_every_ratio_printed_the_other_way_round_is_found(
    received: int, given_up: int, reversed_: bool
) -> None:
    """Whatever the numbers: printed as the offer explains them, no finding; reversed, one."""
    assume(received != given_up)
    explained = (
        f"Eligible Options will be exchanged at {received} for {given_up}, which means you will "
        f"receive {received} New Options for every {given_up} Eligible Options you exchange."
    )
    first, second = (given_up, received) if reversed_ else (received, given_up)
    old = _offer(KEPT, [explained])
    new = _offer(f"The exchange ratio is {first} for {second}.", [explained])
    found = _findings(SAMPLE_FILING, old, new)
    assert [f.severity for f in found] == ([ERROR] if reversed_ else [])


def test_a_reversed_row_of_a_real_offers_table_is_found(tmp_path: Path) -> None:
    """An EDGAR HTML offer (RSUs exchanged at 1 for 1.2 and 1 for 1.4 by grant year, the
    ratios explained in Section 2): a revision that prints the 2021 row "1.4 for 1"."""
    case = Path(__file__).resolve().parents[1] / "corpus" / "2023-htm-larchmont-rsu"
    original = load_document(case / "revised.htm")
    page = (case / "revised.htm").read_text(encoding="utf-8")
    row = '<td style="text-align:right;vertical-align:bottom">1 for 1.4</td>'
    assert page.count(row) == 1
    wrong = tmp_path / "revised.htm"
    wrong.write_text(page.replace(row, row.replace("1 for 1.4", "1.4 for 1")), encoding="utf-8")
    [finding] = _checked(case / "filing.toml", original, load_document(wrong))
    assert "“1.4 for 1”" in finding.message and "“1 for 1.4”" in finding.message
    assert finding.item == 0
