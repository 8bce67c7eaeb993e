"""A direction control inside a figure ("$24.<RLO>51", which a browser shows as $24.15) is
refused in one line naming the figure: removed, the filing restated the digits as written,
not as counsel saw them, with exit 0. One inside a word is still taken out and named."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from amendtool.core.errors import InputError
from amendtool.io.load import load_document

OFFER = "1. Terms\n\nThe purchase price is {price} per share, payable in cash.\n"


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u2067", "\u202b"])
def test_a_control_inside_a_figure_of_text_is_refused(tmp_path: Path, control: str) -> None:
    path = tmp_path / "offer.txt"
    path.write_text(OFFER.format(price=f"$24.{control}51"), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_document(path)
    assert str(refused.value).startswith(
        "offer.txt: holds a direction control inside the figure \u201c$24.51\u201d"
    )


def test_a_control_inside_a_figure_of_a_page_or_word_file_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "offer.htm"
    page.write_text(
        "<html><body><p><b>1. Terms</b></p><table><tr><td>Price</td><td>$24.&#x202E;51</td>"
        "</tr></table></body></html>",
        encoding="utf-8",
    )
    word = docx.Document()
    word.add_paragraph("1. Terms", style="Heading 1")
    word.add_paragraph("The purchase price is $24.\u202e51 per share.")
    word.save(str(tmp_path / "offer.docx"))
    for path in (page, tmp_path / "offer.docx"):
        with pytest.raises(InputError, match=r"direction control inside the figure .\$24\.51"):
            load_document(path)


def test_a_control_inside_a_word_is_taken_out_and_named(tmp_path: Path) -> None:
    path = tmp_path / "offer.txt"
    path.write_text(OFFER.format(price="$24.51").replace("purchase", "pur\u202echase"), "utf-8")
    document = load_document(path)
    texts = [p.text for s in document.sections for p in s.paragraphs]
    assert "The purchase price is $24.51 per share, payable in cash." in texts
    assert any("U+202E" in n for n in document.notices)
