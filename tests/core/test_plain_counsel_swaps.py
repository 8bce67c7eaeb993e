"""Counsel's sentences from the filing details, said in the plain notice with the everyday
word where the firm's list gives one safe swap ("with respect to" → "about"): the plain
notice carries none of those legal words, the precedent notice keeps counsel's words as
written, capitals stay where a sentence starts, Checks says what was said otherwise (a note)
and where to change it, and an edit of the firm's list takes effect."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amendtool.core import plain_english
from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import NOTE, WARNING, run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.plain_english import PlainRules, legal_words, plain_rules
from amendtool.core.plain_readability import notice_reading, plain_parts
from amendtool.core.plain_swaps import said_plainly
from amendtool.io.load import load_document
from tests.support.plain import lowered, plain_filing


def example(files: dict[str, Path], filing_toml: Path, style: str) -> Amendment:
    """The example filing's three changes, with the example's own filing details."""
    filing = dataclasses.replace(load_filing(filing_toml), notice_style=style)
    original = load_document(files["example_original_txt"])
    return draft_amendment(original, load_document(files["example_revised_txt"]), filing)


def notice_text(amendment: Amendment) -> str:
    return "\n".join(b.text for b in notice_blocks(amendment))


def test_the_example_plain_notice_has_none_of_the_listed_legal_words(
    fixture_files: dict[str, Path], example_filing_toml: Path
) -> None:
    amendment = example(fixture_files, example_filing_toml, "plain")
    reading = notice_reading(amendment)
    assert reading.counsel_legal_words == () and reading.own_legal_words == ()
    parts = plain_parts(notice_blocks(amendment))
    assert [w for part in parts for w, _ in legal_words(part)] == []
    text = notice_text(amendment)
    assert "to clarify ambiguities about our disclosure to you" in text
    assert "please contact People Services in the manner set out above." in text


def test_the_precedent_notice_keeps_counsels_words(
    fixture_files: dict[str, Path], example_filing_toml: Path
) -> None:
    amendment = example(fixture_files, example_filing_toml, "precedent")
    text = " ".join(notice_text(amendment).split())
    details = amendment.filing
    assert " ".join(details.notice_explanation.split()) in text
    assert " ".join(details.notice_delivery.split()) in text
    assert "with respect to our disclosure" in text and "in the manner set forth above" in text
    assert not [f for f in run_checks(amendment) if "says “" in f.message]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Prior to the deadline, you may withdraw.", "Before the deadline, you may withdraw."),
        ("You may withdraw prior to the deadline.", "You may withdraw before the deadline."),
        ("We wrote. With respect to your options, nothing changes.", "We wrote. About your"),
        ("PRIOR TO THE DEADLINE, CALL US.", "BEFORE THE DEADLINE, CALL US."),
        ("We hereby notify you of the change.", "We notify you of the change."),
        ("Hereby we notify you.", "We notify you."),
        ("Pursuant\nto the plan, you keep them.", "Under the plan, you keep them."),
        ("Subsequent to the offer, we pay.", "After the offer, we pay."),
    ],
)
def test_swaps_keep_capitals_where_a_sentence_starts(written: str, said: str) -> None:
    assert said_plainly(written).text.startswith(said)


def test_quotations_placeholders_and_unswappable_words_stay_as_written() -> None:
    text = (
        "The form says “set forth below”. [Say what happens prior to expiry.] "
        "Such holders must act prior to the deadline."
    )
    swapped = said_plainly(text)
    assert swapped.text == (
        "The form says “set forth below”. [Say what happens prior to expiry.] "
        "Such holders must act before the deadline."
    )
    assert swapped.swaps == (("prior to", "before"),)


_SENTENCES = ["{} the deadline, we pay.", "We pay {} the deadline.", "You act {} the plan."]


@given(
    word=st.sampled_from(sorted(plain_rules().swaps)),
    sentence=st.sampled_from(_SENTENCES),
    shout=st.booleans(),
)
def test_every_swap_leaves_no_listed_word_and_keeps_the_sentence_start(
    word: str, sentence: str, shout: bool
) -> None:
    cased = word.upper() if shout else word.capitalize() if sentence[0] == "{" else word
    written = sentence.format(cased)
    swapped = said_plainly(written)
    assert word not in {w.lower() for w, _ in legal_words(swapped.text)}
    assert swapped.swaps == ((cased, plain_rules().swaps[word]),)
    assert swapped.text[0].isupper()
    assert "  " not in swapped.text and not swapped.text.startswith(" ")


def test_check_says_a_note_for_each_swap_and_warns_where_none_is_safe(
    fixture_files: dict[str, Path], example_filing_toml: Path
) -> None:
    amendment = example(fixture_files, example_filing_toml, "plain")
    findings = [f for f in run_checks(amendment) if f.code == "plain_english"]
    notes = [f.message for f in findings if f.severity == NOTE]
    assert any(
        "delivery paragraph (filing details)" in m
        and "says “set out” for “set forth”" in m
        and "Delivery" in m
        and "notice.delivery" in m
        for m in notes
    ), notes
    assert any(
        "explanation (filing details)" in m and "“about” for “with respect to”" in m for m in notes
    ), notes
    warnings = [f.message for f in findings if f.severity == WARNING]
    assert not [m for m in warnings if "legal word “set forth”" in m or "with respect" in m]


def test_a_legal_word_with_no_safe_swap_is_still_warned_of(example_filing_toml: Path) -> None:
    explained = "Such changes are made pursuant to Rule 13e-4."
    filing = dataclasses.replace(plain_filing(example_filing_toml), notice_explanation=explained)
    findings = [f for f in run_checks(lowered(filing)) if f.code == "plain_english"]
    said = {(f.severity, f.message) for f in findings}
    assert (
        WARNING,
        "the notice's explanation (filing details): legal word “Such”: say "
        "“this”, “that”, “these” or “those”",
    ) in said
    assert any(s == NOTE and "“under” for “pursuant to”" in m for s, m in said)
    intro = [b.text for b in notice_blocks(lowered(filing)) if b.role is Role.TEXT]
    assert any("Such changes are made under Rule 13e-4." in t for t in intro)


def test_an_edit_of_the_firms_list_takes_effect(
    example_filing_toml: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = plain_english.resource_path("plain", "legal_words.toml").read_text("utf-8")
    edited = shipped.replace('"set forth" = "set out"', '"set forth" = "given"')
    edited = edited.replace('"prior to" = "before"\n', "")
    assert edited != shipped
    (tmp_path / "legal_words.toml").write_text(edited, encoding="utf-8")
    rules = PlainRules.load(tmp_path / "legal_words.toml")
    monkeypatch.setattr(plain_english, "plain_rules", lambda: rules)
    filing: FilingDetails = plain_filing(
        example_filing_toml,
        notice_delivery="Call us as set forth above prior to the deadline.",
    )
    amendment = lowered(filing)
    assert "Call us as given above prior to the deadline." in notice_text(amendment)
    messages = [f.message for f in run_checks(amendment) if f.code == "plain_english"]
    assert any("legal word “prior to”" in m for m in messages)
    assert any("says “given” for “set forth”" in m for m in messages)
