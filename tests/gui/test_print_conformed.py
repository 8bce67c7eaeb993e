"""Print and Export PDF offer the conformed copy as they offer the other documents: the
offer as amended, every change made and none marked, titled as its Word file is, from the
conformed .docx the export writes (so paper and file cannot differ)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from PySide6.QtGui import QTextDocument

from amendtool.core.amendment import Amendment
from amendtool.gui import everyday
from amendtool.gui.main_window import MainWindow
from amendtool.gui.printing import CONFORMED, choices, export_pdf, printable
from amendtool.io.redline_docx import build_review_documents
from amendtool.io.redline_print import tracked_words
from tests.gui.conftest import wait_items
from tests.gui.test_print_pdf import AUTHOR, UNCHANGED, amendment, flat, marked_runs, pdf_text

__all__ = ["amendment"]  # the fixture: the sample offer and its revision


def test_the_conformed_pdf_is_the_offer_as_amended(
    qapp, amendment: Amendment, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    made = build_review_documents(amendment, AUTHOR)
    inserted, deleted = tracked_words(made.redline)
    conformed = docx.Document(io.BytesIO(made.conformed))
    text = pdf_text(export_pdf(amendment, tmp_path / "conformed.pdf", CONFORMED))
    # a contents line's page number, after its tab, reads as a line of its own, which
    # flat() drops as a page's number at the foot: its words are checked without it
    paragraphs = [flat(p.text.split("\t")[0]) for p in conformed.paragraphs if p.text.strip()]
    assert len(paragraphs) > 40
    assert [p for p in paragraphs if p not in text] == []
    assert [w for w in inserted if flat(w) not in text] == []
    assert UNCHANGED in text
    assert "struck through" not in text  # no redline legend: nothing is marked
    underlined, struck, _ = marked_runs(printable(amendment, CONFORMED))
    assert not struck and not [w for w in inserted if any(flat(w) in u for u in underlined)]
    assert deleted  # the revision deletes words: the copy holds their replacements instead
    title = printable(amendment, CONFORMED).metaInformation(
        QTextDocument.MetaInformation.DocumentTitle
    )
    assert title == conformed.core_properties.title
    assert title == "Offer to Exchange, as amended through Amendment No. 1"


def test_print_and_export_pdf_offer_the_conformed_copy(amendment: Amendment) -> None:
    named = choices(amendment)
    assert named[CONFORMED] == "The Offer to Exchange as amended (conformed copy)"


def test_the_app_exports_the_conformed_pdf_beside_the_others(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    exports_anyway: list[str],
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    offered: list[str] = []

    def choose(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        offered.extend(items)
        return next(i for i in items if "conformed" in i), True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", choose)
    written = everyday.export_pdf(window, path=tmp_path / everyday.PDF_NAMES[CONFORMED])
    assert written is not None and written.name == "conformed-offer.pdf"
    assert len(offered) == 4
    text = pdf_text(written)
    assert "Offer to Exchange" in text and "struck through" not in text
