"""A placeholder for counsel is never sent to employees, wherever the notice prints it: in a
change's heading ("[Name this amount for employees] (changes 1 to 3)"), in its paragraph, in
the opening, in the memo lines or in any heading the firm's wording file gives. Each one is an
error of the checks naming it (the app's Checks list the same findings), and export refuses
while one is left. A heading says what its paragraph's sentence names: no placeholder over a
sentence that says "The minimum exercise price of eligible options is now …"."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import ERROR, run_checks
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.plain_checks import PLACEHOLDER, export_refusal
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_summary import placeholders
from amendtool.core.wording import Wording, house_wording
from tests.support.builders import Spec, doc
from tests.support.plain import OFFER, plain_filing, revised

# what the notice prints for employees (the items quoted as filed are never searched)
_WRITTEN = (Role.HEADLINE, Role.HEADING, Role.SUBHEADING, Role.TEXT, Role.MEMO, Role.CENTER_BOLD)
_CUT_OFF = "Directors are not eligible for {}."
_EXPIRY = "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2026."
# the threshold as the Quillmark offer prints it: its sentence is named by the firm's rules
_GREATER = (
    "Options to purchase our common stock that have an exercise price per share greater "
    "than {} and that were granted before January 1, 2025 are eligible for exchange."
)


def _printed(amendment: Amendment) -> dict[str, Role]:
    """Each placeholder the notice prints for its readers, with the role of its block."""
    return {
        mark: block.role
        for block in notice_blocks(amendment)
        if block.role in _WRITTEN
        for mark in placeholders(block.text)
    }


def _three_places(sentence: str, old: str, new: str, filing: Any) -> Amendment:
    offer: Spec = [
        ("", ["Halvorsen offers to exchange options. " + sentence.format(old)]),
        ("Summary Term Sheet", ["Who may take part?", sentence.format(old)]),
        ("3. Who May Participate", [sentence.format(old), _EXPIRY]),
    ]
    return draft_amendment(doc(offer), doc(revised(offer, old, new)), filing)


def _one_change(old: str, new: str, filing: Any) -> Amendment:
    return draft_amendment(doc(OFFER), doc(revised(OFFER, old, new)), filing)


def _wording_with(**words: str) -> Wording:
    house = house_wording()
    return dataclasses.replace(house, plain_notice={**house.plain_notice, **words})


# every kind of placeholder the notice can hold: the resources' own (the paragraph's, the
# unnamed figure's in its sentence and in its heading, the unread ratio's), and counsel's or
# the firm's left in the filing details or the wording file
CASES: dict[str, tuple[Any, Role]] = {
    "paragraph": (
        lambda f: _one_change("for our benefit", "for our sole benefit", f),
        Role.TEXT,
    ),
    "unnamed figure in its sentence": (
        lambda f: _three_places(_CUT_OFF, "30 days", "45 days", f),
        Role.TEXT,
    ),
    "unnamed figure in its heading": (
        lambda f: _three_places(_CUT_OFF, "30 days", "45 days", f),
        Role.SUBHEADING,
    ),
    "unread ratio": (
        lambda f: _one_change(
            "The conditions are for our benefit.",
            "The conditions are for our benefit. The exchange ratio is 1 for 2.",
            f,
        ),
        Role.TEXT,
    ),
    "opening, from the filing details": (
        lambda f: _one_change(
            "$20.00", "$17.50", dataclasses.replace(f, notice_explanation="[Say why.]")
        ),
        Role.TEXT,
    ),
    "memo line, from the filing details": (
        lambda f: _one_change("$20.00", "$17.50", dataclasses.replace(f, notice_from="[Sender]")),
        Role.MEMO,
    ),
    "contact, from the filing details": (
        lambda f: _one_change(
            "$20.00", "$17.50", dataclasses.replace(f, notice_contact="[contact details]")
        ),
        Role.TEXT,
    ),
}
# placeholders a firm's wording file leaves in the notice's own sentences and headings
WORDING: dict[str, tuple[dict[str, str], Role]] = {
    "headline": ({"headline": "[Headline for employees]"}, Role.HEADLINE),
    "heading": ({"changes_heading": "What has changed [in the offer]"}, Role.HEADING),
    "change heading": ({"change_heading": "{where} ({numbers}) [confirm]"}, Role.SUBHEADING),
    "opening": ({"intro_unnamed": "[Say what the offer is.]"}, Role.TEXT),
}


def _refused_naming_each(amendment: Amendment, role: Role) -> None:
    printed = _printed(amendment)
    assert role in printed.values(), printed  # the case puts one where it says
    findings = run_checks(amendment)
    said = [f.message for f in findings if f.code == PLACEHOLDER and f.severity == ERROR]
    for mark in printed:
        assert any(mark in message for message in said), (mark, said)
    refusal = export_refusal(findings, amendment)
    assert refusal is not None and "placeholder" in refusal, refusal
    assert "in filing" not in refusal and ", filing" not in refusal, refusal


@pytest.mark.parametrize("case", list(CASES))
def test_every_placeholder_stops_export_and_is_named(case: str, example_filing_toml: Path) -> None:
    make, role = CASES[case]
    _refused_naming_each(make(plain_filing(example_filing_toml)), role)


@pytest.mark.parametrize("case", list(WORDING))
def test_a_placeholder_in_the_wording_file_stops_export_and_is_named(
    case: str, example_filing_toml: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words, role = WORDING[case]
    monkeypatch.setattr(Amendment, "wording", property(lambda self: _wording_with(**words)))
    filing = plain_filing(example_filing_toml, program_name="")
    _refused_naming_each(_one_change("$20.00", "$17.50", filing), role)


def test_a_notice_without_placeholders_is_not_refused(example_filing_toml: Path) -> None:
    amendment = _one_change("$20.00", "$17.50", plain_filing(example_filing_toml))
    assert _printed(amendment) == {}
    findings = run_checks(amendment)
    assert not [f for f in findings if f.code == PLACEHOLDER]
    assert export_refusal(findings, amendment) is None


def test_a_heading_says_what_its_sentence_names(example_filing_toml: Path) -> None:
    amendment = _three_places(_GREATER, "$18.50", "$15.00", plain_filing(example_filing_toml))
    [paragraph] = plain_paragraphs(amendment)
    assert "is now $15.00. It was $18.50." in paragraph.text, paragraph.text
    assert not placeholders(paragraph.text), paragraph.text
    assert not placeholders(paragraph.heading), paragraph.heading
    assert paragraph.heading.startswith("Minimum exercise price"), paragraph.heading


def test_counsels_paragraph_takes_the_heading_placeholder_away(example_filing_toml: Path) -> None:
    amendment = _three_places(_CUT_OFF, "30 days", "45 days", plain_filing(example_filing_toml))
    assert Role.SUBHEADING in _printed(amendment).values()
    for item in amendment.change_items:
        item.set_plain_summary("Directors can now take part only after 45 days.")
    redrafted = dataclasses.replace(amendment)  # the notice read again
    assert _printed(redrafted) == {}, _printed(redrafted)
    assert export_refusal(run_checks(redrafted), redrafted) is None
