"""A change only of accents: "Boise" to "Boisé" keeps its "é" where EDGAR allows it (the
.htm and .docx), but EDGAR ASCII has no accented letters, so the instruction names the
accent in words ('the word "Boisé" (with an acute accent on the "e")'): the .txt, where both
words are spelt "Boise", still says what changed, and no item replaces words with the same
words. A change EDGAR ASCII cannot show any other way is still warned about, once."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.wording import filing_text
from amendtool.io.edgar_ascii import edgar_text
from tests.support.builders import doc

SECTION = "8. Information Concerning the Company"
BEFORE = "Our principal office is in Boise, Idaho, where we have been based since 1998."
STAFF = "We have 1,200 employees in the United States and Canada as of the date hereof."


def test_an_accent_only_change_names_the_accent_in_every_format(
    example_filing_toml: Path,
) -> None:
    after = BEFORE.replace("Boise", "Bois\u00e9")
    amendment = draft_amendment(
        doc([(SECTION, [BEFORE, STAFF])]),
        doc([(SECTION, [after, STAFF.replace("1,200", "1,300")])]),
        load_filing(example_filing_toml),
    )
    first = amendment.change_items[0]
    assert (
        'replacing the word "Boise" with the word "Bois\u00e9" (with an acute accent on the '
        '"e")' in filing_text(first, "(a)(1)")
    )
    txt = " ".join(edgar_text(amendment, 0).split())
    assert (
        'replacing the word "Boise" with the word "Boise" (with an acute accent on the "e")' in txt
    )
    assert not [f for f in run_checks(amendment) if f.code == "edgar_ascii_same"]


def test_an_accent_taken_off_and_a_letter_among_its_like_are_named(
    example_filing_toml: Path,
) -> None:
    before = "Our director Ren\u00e9e Dupont and our office in Boise, Idaho, joined in 1998."
    after = "Our director Renee Dupont and our office in Boise, Idaho, joined in 1998."
    amendment = draft_amendment(
        doc([(SECTION, [before])]), doc([(SECTION, [after])]), load_filing(example_filing_toml)
    )
    [item] = amendment.change_items
    assert 'with the word "Renee" (without an acute accent on the second "e")' in filing_text(
        item, "(a)(1)"
    )


def test_an_ordinary_accented_change_is_not_warned(example_filing_toml: Path) -> None:
    after = BEFORE.replace("Boise", "Montr\u00e9al")
    amendment = draft_amendment(
        doc([(SECTION, [BEFORE])]), doc([(SECTION, [after])]), load_filing(example_filing_toml)
    )
    assert not [f for f in run_checks(amendment) if f.code == "edgar_ascii_same"]
