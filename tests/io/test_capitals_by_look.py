"""A part heading set in capitals by its look (Word's small caps or all caps, by the run or
the paragraph style; CSS font-variant: small-caps or text-transform: uppercase) prints in
capitals, so it is read as the same heading typed in capitals: each "Risk Discussion" part
starts a section of its own, and its paragraphs are never cited as paragraphs of the
answer before it. A bold line or sentence in ordinary case, or one word in small caps inside
a sentence, stays a paragraph."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import Document
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

PARTS = ["Risk Discussion 1", "Risk Discussion 2", "Risk Discussion 3"]
# what every look below must give: the sections, and the paragraphs each holds
EXPECTED = [
    ("cover page", 4),
    ("summary term sheet", 4),
    ("risk discussion 1", 2),
    ("risk discussion 2", 2),
    ("risk discussion 3", 2),
    ("section 1. eligibility", 1),
    ("section 2. withdrawal rights", 1),
    ("section 3. conditions", 1),
]


def _paragraphs(trials: str) -> list[tuple[str, str]]:
    """(kind, text): "head" is a part heading set in the look tried, "bold" a bold line."""
    out = [
        ("cover", "ACME BIOLOGICS, INC."),
        ("cover", "OFFER TO PURCHASE FOR CASH"),
        (
            "text",
            "Acme Biologics, Inc. is offering to purchase its restricted stock units for "
            "$4.15 in cash per unit, on the terms of this Offer to Purchase.",
        ),
        ("text", "The date of this Offer to Purchase is July 2, 2026."),
        ("head", "Summary Term Sheet"),
        ("bold", "1. What is the offer?"),
        ("text", "We are offering to buy your units for $4.15 in cash per unit."),
        ("bold", "2. How do I tender my units?"),
        ("text", "You must complete the election on the offer website before it expires."),
    ]
    for number, part in enumerate(PARTS, 1):
        out.append(("head", part))
        for point in (1, 2):
            words = "clinical trials" if (number, point) != (2, 2) else trials
            out.append(
                (
                    "text",
                    f"Point {point} of discussion {number}: our business depends on "
                    f"{words}, and the results may differ materially from what we expect.",
                )
            )
    for number, title, text in (
        (1, "Eligibility", "You are eligible if you are employed on the expiration date."),
        (2, "Withdrawal Rights", "You may withdraw your tender before the offer expires."),
        (3, "Conditions", "The offer is not conditioned on any minimum number of units."),
    ):
        out += [("bold", f"Section {number}. {title}"), ("text", text)]
    return out


def _docx(path: Path, look: str, trials: str = "clinical trials") -> Path:
    document = docx.Document()
    if look == "style":
        style = document.styles.add_style("Part Head", WD_STYLE_TYPE.PARAGRAPH)
        style.font.bold = True
        style.font.small_caps = True
    if look == "character":
        document.styles.add_style("Caps", WD_STYLE_TYPE.CHARACTER).font.all_caps = True
    for kind, text in _paragraphs(trials):
        if kind != "head":
            paragraph = document.add_paragraph()
            run = paragraph.add_run(text)
            run.bold = kind in ("cover", "bold")
            if kind == "cover":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if look == "style":
            document.add_paragraph(text, style="Part Head")
            continue
        paragraph = document.add_paragraph()
        halves = [text] if look != "two runs" else [text[:4], text[4:]]
        for half in halves:
            run = paragraph.add_run(half.upper() if look == "typed" else half)
            run.bold = look != "caps"
            run.font.small_caps = True if look in ("small caps", "two runs") else None
            run.font.all_caps = True if look == "caps" else None
            if look == "character":
                run.style = "Caps"
    document.save(str(path))
    return path


def _htm(path: Path, look: str, trials: str = "clinical trials") -> Path:
    heads = {
        "typed": '<p style="font-weight:bold">{}</p>',
        "small caps": '<p style="font-variant:small-caps;font-weight:bold">{}</p>',
        "uppercase": '<p style="text-transform: uppercase">{}</p>',
        "span": '<p><b><span style="FONT-VARIANT: small-caps">{}</span></b></p>',
        "around": '<div style="font-variant-caps:all-small-caps"><p><b>{}</b></p></div>',
        "font": '<p style="font: small-caps bold 10pt Times New Roman">{}</p>',
    }
    body = []
    for kind, text in _paragraphs(trials):
        if kind == "head":
            body.append(heads[look].format(text.upper() if look == "typed" else text))
        elif kind == "cover":
            body.append(f'<p style="text-align:center"><b>{text}</b></p>')
        else:
            body.append(f"<p><b>{text}</b></p>" if kind == "bold" else f"<p>{text}</p>")
    path.write_text("<html><body>" + "".join(body) + "</body></html>", encoding="utf-8")
    return path


def _outline(document: Document) -> list[tuple[str, int]]:
    return [(s.name.lower(), len(s.paragraphs)) for s in document.sections]


@pytest.mark.parametrize("look", ["typed", "small caps", "caps", "style", "character", "two runs"])
def test_a_part_heading_in_capitals_by_its_look_starts_a_part_in_word(
    tmp_path: Path, look: str
) -> None:
    document = load_document(_docx(tmp_path / "offer.docx", look))
    assert _outline(document) == EXPECTED


@pytest.mark.parametrize("look", ["typed", "small caps", "uppercase", "span", "around", "font"])
def test_a_part_heading_in_capitals_by_its_look_starts_a_part_in_edgar_html(
    tmp_path: Path, look: str
) -> None:
    document = load_document(_htm(tmp_path / "offer.htm", look))
    assert _outline(document) == EXPECTED


@pytest.mark.parametrize("suffix", ["docx", "htm"])
def test_a_change_under_a_small_caps_part_is_cited_in_that_part(
    tmp_path: Path, suffix: str
) -> None:
    make = _docx if suffix == "docx" else _htm
    original = load_document(make(tmp_path / f"orig.{suffix}", "small caps"))
    changed = "clinical trials and manufacturing"
    revised = load_document(make(tmp_path / f"rev.{suffix}", "small caps", trials=changed))
    items = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml")).items
    said = [filing_text(item, "(a)(1)(A)") for item in items]
    assert len(said) == 1, said
    assert 'in "Risk Discussion 2"' in said[0], said
    assert "answer" not in said[0], said


def _body(document: Document) -> list[str]:
    return [p.text for s in document.sections for p in s.paragraphs]


def test_bold_lines_in_ordinary_case_and_a_word_in_small_caps_stay_paragraphs(
    tmp_path: Path,
) -> None:
    """Only what prints in capitals reads as capitals: a bold title in ordinary case inside
    the summary stays a sub-heading of the answer, and a sentence with one word in small
    caps stays a sentence."""
    path = _docx(tmp_path / "offer.docx", "small caps")
    word = docx.Document(str(path))
    answer = next(p for p in word.paragraphs if p.text.startswith("You must complete"))
    bold = answer.insert_paragraph_before("")
    bold.add_run("Elections Made on Paper").bold = True
    mixed = answer.insert_paragraph_before("")
    mixed.add_run("Our partner ")
    mixed.add_run("Acme").font.small_caps = True
    mixed.add_run(" runs the website.")
    word.save(str(path))
    document = load_document(path)
    outline = _outline(document)
    assert outline[1] == ("summary term sheet", 6), outline
    assert outline[2:] == EXPECTED[2:], outline
    assert "Our partner Acme runs the website." in _body(document)


def test_an_html_sentence_with_a_word_in_small_caps_stays_a_paragraph(tmp_path: Path) -> None:
    """A word in small caps, and a paragraph in small caps with a span the font shorthand
    sets back to normal, print partly in lower case: they stay paragraphs."""
    path = _htm(tmp_path / "offer.htm", "small caps")
    markup = path.read_text(encoding="utf-8").replace(
        "<p>You must complete",
        "<p><b>Elections Made on Paper</b></p>"
        '<p>Our partner <span style="font-variant:small-caps">Acme</span> runs it.</p>'
        '<p style="font-variant:small-caps">Plain <span style="font: 10pt Arial">Words</span></p>'
        "<p>You must complete",
    )
    path.write_text(markup, encoding="utf-8")
    outline = _outline(load_document(path))
    assert outline[1] == ("summary term sheet", 7), outline
    assert outline[2:] == EXPECTED[2:], outline
