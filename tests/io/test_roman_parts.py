"""Sections numbered in roman figures are cited as the offer refers to them: "Part I. Terms
of the Offer" when its text says "(See Part II)", and "Section I" when it says nothing
else."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.model import SectionKind
from amendtool.core.plain_places import short_place
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document

TITLES = ["TERMS OF THE OFFER.", "PROCEDURES FOR TENDERING NOTES.", "MISCELLANEOUS."]


def offer(
    tmp_path: Path, name: str, reference: str, heading: str = "{n}.", extra: str = ""
) -> Path:
    parts = []
    for number, title in zip(("I", "II", "III"), TITLES, strict=True):
        parts += [f"{heading.format(n=number)}   {title}"]
        parts += [f"     We will accept Notes tendered as described here. {reference}"]
    parts[1] += extra
    path = tmp_path / name
    path.write_text("\n\n".join(parts) + "\n")
    return path


@pytest.mark.parametrize(
    ("reference", "heading", "cited"),
    [
        ("(See Part II)", "{n}.", "Part"),
        ("(See Section II)", "{n}.", "Section"),
        ("", "{n}.", "Section"),
    ],
)
def test_roman_sections_are_named_as_the_offer_refers_to_them(
    tmp_path: Path, reference: str, heading: str, cited: str
) -> None:
    original = load_document(offer(tmp_path, "o.txt", reference, heading))
    revised = load_document(offer(tmp_path, "r.txt", reference, heading, " We pay promptly."))
    numbered = original.numbered_sections()
    assert [s.name.split(".")[0] for s in numbered] == [f"{cited} I", f"{cited} II", f"{cited} III"]
    (item,) = draft_items(original, revised).items
    assert f'"{cited} I. Terms of the Offer"' in filing_text(item, "(a)(1)")
    assert short_place(item) == f"in {cited} I"


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("A. Terms of the Offer", "in A. Terms of the Offer"),
        ("Summary Term Sheet", "in the Summary Term Sheet"),
        ("Section 2. Withdrawal Rights", "in Section 2"),
    ],
)
def test_the_notice_names_a_lettered_part_without_an_article(name: str, said: str) -> None:
    """ "This change is in A. Terms of the Offer", never "in the A. Terms of the Offer"."""
    kind = SectionKind.NUMBERED if name.startswith("Section") else SectionKind.PART
    locator = Locator(section_id="x", section_name=name, section_kind=kind)
    assert short_place(AmendmentItem(ItemKind.REPLACE_PARAGRAPH, locator)) == said
