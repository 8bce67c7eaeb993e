"""Builds the reader and drafting fixtures from the sample source, in other layouts.

    python tests/data/make_fixtures.py OUT_DIR

Used by the tests (written to a temporary folder per test session). Layouts: Word with
heading styles, Word with bold/numbered paragraphs only, EDGAR text, EDGAR HTML, a Word file
holding tracked changes, and the example pair whose Section 7 ends on page 27.
"""

from __future__ import annotations

import html
import sys
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
    }
    samples.render_docx(units, files["styles_docx"], look="styles")
    samples.render_docx(units, files["bold_docx"], look="bold")
    samples.render_txt(units, files["edgar_txt"])
    render_html(units, files["edgar_htm"])
    tracked_changes_docx(files["tracked_docx"])
    example = units_with_section7_ending_on("27")
    changed = samples.example_changes([replace(u) for u in example])
    samples.render_txt(example, files["example_original_txt"])
    samples.render_txt(changed, files["example_revised_txt"])
    samples.render_docx(example, files["example_original_docx"])
    samples.render_docx(changed, files["example_revised_docx"])
    return files


if __name__ == "__main__":
    for name, path in build(Path(sys.argv[1])).items():
        print(f"{name}: {path}")
