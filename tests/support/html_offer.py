"""A short EDGAR HTML offer built around one section's markup, and the items drafted
between two versions of it, for reader tests that look at one layout at a time."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import Document, Paragraph, ParagraphKind
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

BREAK = '<div style="page-break-before:always"></div>'


def folio(label: str) -> str:
    return f'<p style="text-align:center">{label}</p>'


COVER = (
    '<p style="text-align:center"><b>OFFER TO PURCHASE FOR CASH</b></p>'
    '<p style="text-align:center"><b>BY LONGFORD MILLS CORPORATION</b></p>'
    "<p>Longford Mills Corporation is offering to purchase up to 1,000,000 shares of its "
    "common stock at $12.00 per share.</p>"
)


def offer(section: str, title: str = "Price Range of Shares") -> str:
    """The cover, then "THE OFFER" with three short sections, `section` as Section 4 and a
    last Section 5, on pages 1 and on (`section` may break pages itself)."""
    opening = "".join(
        f"<p><b>{n}. {name}.</b></p><p>We describe the {name.lower()} in this section.</p>"
        for n, name in enumerate(["Number of Shares", "Purpose", "Procedures"], start=1)
    )
    return (
        "<html><body>"
        + COVER
        + BREAK
        + '<p style="text-align:center"><b>THE OFFER</b></p>'
        + opening
        + f"<p><b>4. {title}.</b></p>"
        + section
        + "<p><b>5. Miscellaneous.</b></p>"
        "<p>The offer is not made to holders in any jurisdiction where it would be unlawful.</p>"
        + "</body></html>"
    )


def load(tmp_path: Path, name: str, markup: str) -> Document:
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    return load_document(path)


def drafted(tmp_path: Path, original: str, revised: str) -> Amendment:
    filing = load_filing(SAMPLES / "filing.toml")
    return draft_amendment(
        load(tmp_path, "original.htm", original), load(tmp_path, "revised.htm", revised), filing
    )


def rows(document: Document, section: int = 4) -> list[Paragraph]:
    found = next(s for s in document.sections if s.number == str(section))
    return [p for p in found.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
