"""Builds the reader and drafting fixtures from the sample source, in other layouts.

    python tests/data/make_fixtures.py OUT_DIR

Used by the tests (written to a temporary folder per test session). Layouts: Word with
heading styles, Word with bold/numbered paragraphs only, EDGAR text, EDGAR HTML, a Word file
holding tracked changes, and the example pair whose Section 7 ends on page 27.
"""

from __future__ import annotations

import html
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import make_samples as samples  # noqa: E402

FILLER_Q = "What else should I know about {n} eligible options?"
FILLER_A = (
    "{n} options are treated in the same way as all other Eligible Options. You "
    "may elect to exchange them by delivering an Election Form before the expiration date, and "
    "you may withdraw that election at any time before the expiration date. The New Options "
    "granted in exchange for them will be subject to the terms described in this Offer to "
    "Exchange, including the vesting and exercise terms described in Section 8."
)
ORDINALS = [f"Class {letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + [
    f"Class {a}{b}" for a in "AB" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
]


def units_with_section7_ending_on(page: str) -> list[samples.Unit]:
    """The sample, its Summary Term Sheet lengthened until Section 7 ends on `page`."""
    base = samples.parse_source()
    insert_at = next(i for i, u in enumerate(base) if u.kind == "part" and "RISKS" in u.text)
    for extra in range(len(ORDINALS)):
        units = list(base)
        filler = []
        for n in ORDINALS[:extra]:
            filler += [
                samples.Unit("question", FILLER_Q.format(n=n)),
                samples.Unit("para", FILLER_A.format(n=n)),
            ]
        units[insert_at:insert_at] = filler
        pages = samples.paginate(units)
        labels = samples.page_labels(pages)
        last7 = samples.section_paragraphs(units, "7")[-1]
        for unit_page, label in zip(pages, labels, strict=True):
            if any(u is units[last7] for u in unit_page) and label == page:
                return units
    raise RuntimeError(f"cannot place Section 7's last paragraph on page {page}")


def render_html(units: list[samples.Unit], path: Path) -> None:
    """EDGAR-style HTML: <p> blocks, centred headings, page breaks and centred folios."""
    pages = samples.paginate(units)
    labels = samples.page_labels(pages)
    out = ["<html><head><title>Offer to Exchange</title></head><body>"]
    for number, (page, label) in enumerate(zip(pages, labels, strict=True)):
        for unit in page:
            text = html.escape(unit.text)
            if unit.kind in ("part", "toc", "cover_line"):
                out.append(f'<p align="center"><b>{text}</b></p>')
            elif unit.kind == "section":
                out.append(f"<p><b>{unit.number}.&nbsp;&nbsp;{text}.</b></p>")
            elif unit.kind == "question":
                out.append(f'<p style="font-weight:bold">{text}</p>')
            elif unit.kind == "row":
                cells = "".join(f"<td>{html.escape(c)}</td>" for c in unit.cells)
                out.append(f"<table><tr>{cells}</tr></table>")
            else:
                out.append(f'<p style="text-indent:0.5in">{text}</p>')
        if label:
            out.append(f'<p align="center">{label}</p>')
        if number < len(pages) - 1:
            out.append('<hr style="page-break-after:always">')
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def tracked_changes_docx(path: Path) -> None:
    """A Word file whose Section 2 still holds a tracked insertion and deletion."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    samples.render_docx(samples.parse_source(), path)
    document = Document(str(path))
    target = next(p for p in document.paragraphs if p.text.startswith("We granted the options"))
    run = target.runs[0]
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "1")
    deleted.set(qn("w:author"), "Counsel")
    old_run = OxmlElement("w:r")
    old_text = OxmlElement("w:delText")
    old_text.text = "OLD WORDS "
    old_run.append(old_text)
    deleted.append(old_run)
    inserted = OxmlElement("w:ins")
    inserted.set(qn("w:id"), "2")
    inserted.set(qn("w:author"), "Counsel")
    new_run = OxmlElement("w:r")
    new_text = OxmlElement("w:t")
    new_text.set(qn("xml:space"), "preserve")
    new_text.text = "Historically, "
    new_run.append(new_text)
    inserted.append(new_run)
    run._r.addprevious(deleted)
    run._r.addprevious(inserted)
    document.save(str(path))


def render_txt_other_house(units: list[samples.Unit], path: Path, run_in: bool = False) -> None:
    """EDGAR text as another firm set it: capitalised, indented numbered headings that wrap,
    a heading directly over its text, "-27-" folios; or, with `run_in`, headings run into
    the first paragraph of their section."""
    pages = samples.paginate(units)
    labels = samples.page_labels(pages)
    out: list[str] = []
    for page, label in zip(pages, labels, strict=True):
        lines: list[str] = [""]
        pending_run_in = ""
        for index, unit in enumerate(page):
            if unit.kind == "toc":
                continue
            if unit.kind == "section":
                heading = f"{unit.number}.  {unit.text.upper()}."
                if run_in:
                    pending_run_in = f"{unit.number}. {unit.text}. "
                    continue
                lines += textwrap.wrap(
                    heading, 66, initial_indent="     ", subsequent_indent="         "
                )
                if index % 2 == 0:
                    lines.append("")  # every other heading sits directly over its text
                continue
            text = unit.text
            if pending_run_in and unit.kind == "para":
                text, pending_run_in = pending_run_in + text, ""
            if unit.kind in ("part", "cover_line"):
                lines += [text.center(78).rstrip(), ""]
            elif unit.kind == "row":
                lines.append("     " + "   ".join(f"{c:<24}" for c in unit.cells).rstrip())
            else:
                lines += [*textwrap.wrap(text, 78, initial_indent="          "), ""]
        if label:
            lines += ["", f"-{label}-".center(78).rstrip()]
        out.append("\n".join(lines))
    path.write_text("\n<PAGE>\n".join(out), encoding="utf-8")


def numbered_list_docx(path: Path, pattern: str) -> None:
    """Word headings numbered by a list (the number is not in the text), e.g. "%1." or
    "Section %1."."""
    from docx import Document
    from docx.oxml import parse_xml

    samples.render_docx(samples.parse_source(), path)
    document = Document(str(path))
    numbering = document.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.append(
        parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{pattern}"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 2":
            _number, _, title = paragraph.text.partition(". ")
            for run in paragraph.runs[1:]:
                run.text = ""
            paragraph.runs[0].text = title
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(
                parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>')
            )
    document.save(str(path))


def _example_dated(unit: samples.Unit) -> samples.Unit:
    """The sample's expiration as the example filing's details give it, in the zone's name as
    its exhibit, the employee notice, states it ("Eastern Daylight Time"): the notice says a
    deadline as the offer does."""
    dated = {
        "Eastern Time, on April 23, 2026": "Eastern Daylight Time, on September 27, 2001",
        "EASTERN TIME, ON APRIL 23, 2026": "EASTERN DAYLIGHT TIME, ON SEPTEMBER 27, 2001",
        "April 23, 2026": "September 27, 2001",
        "APRIL 23, 2026": "SEPTEMBER 27, 2001",
    }
    text, cells = unit.text, list(unit.cells)
    for old, new in dated.items():
        text = text.replace(old, new)
        cells = [c.replace(old, new) for c in cells]
    return replace(unit, text=text, cells=cells)


def build(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    units = samples.parse_source()
    files = {
        "styles_docx": out / "offer-styles.docx",
        "bold_docx": out / "offer-bold.docx",
        "edgar_txt": out / "offer.txt",
        "edgar_htm": out / "offer.htm",
        "tracked_docx": out / "offer-tracked.docx",
        "example_original_txt": out / "example-original.txt",
        "example_revised_txt": out / "example-revised.txt",
        "example_original_docx": out / "example-original.docx",
        "example_revised_docx": out / "example-revised.docx",
        "other_house_txt": out / "offer-other-house.txt",
        "run_in_txt": out / "offer-run-in.txt",
        "list_numbered_docx": out / "offer-list-numbered.docx",
        "section_numbered_docx": out / "offer-section-numbered.docx",
    }
    render_txt_other_house(units, files["other_house_txt"])
    render_txt_other_house(units, files["run_in_txt"], run_in=True)
    numbered_list_docx(files["list_numbered_docx"], "%1.")
    numbered_list_docx(files["section_numbered_docx"], "Section %1.")
    samples.render_docx(units, files["styles_docx"], look="styles")
    samples.render_docx(units, files["bold_docx"], look="bold")
    samples.render_txt(units, files["edgar_txt"])
    render_html(units, files["edgar_htm"])
    tracked_changes_docx(files["tracked_docx"])
    # the example filing's offer expires when its filing details say (September 27, 2001)
    example = [_example_dated(u) for u in units_with_section7_ending_on("27")]
    changed = samples.example_changes([replace(u) for u in example])
    samples.render_txt(example, files["example_original_txt"])
    samples.render_txt(changed, files["example_revised_txt"])
    samples.render_docx(example, files["example_original_docx"])
    samples.render_docx(changed, files["example_revised_docx"])
    return files


if __name__ == "__main__":
    for name, path in build(Path(sys.argv[1])).items():
        print(f"{name}: {path}")
