"""A symbol of a symbol font (w:sym) in an amended paragraph: the item quotes it as Word
shows it, the EDGAR .txt spells it by its table ("≥" as ">="), and the redline and the
conformed copy keep Word's own symbol where the words around it are unchanged, so that
accepting every change gives the revised offer and rejecting every change the original."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.edgar_ascii import UnspellableCharacter, edgar_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import comparable, resolve
from tests.io.test_word_symbols import Piece, symbol_offer

FILING = load_filing(SAMPLES / "filing.toml")
AT_LEAST: Piece = ("Symbol", "F0B3")
CHECKED: Piece = ("Wingdings", "F0FC")
STANDING = "Options must be held in good standing"


def _drafted(tmp_path: Path, old: list[Piece], new: list[Piece]) -> Amendment:
    before = load_document(symbol_offer(tmp_path / "offer.docx", old))
    after = load_document(symbol_offer(tmp_path / "revised.docx", new))
    return draft_amendment(before, after, FILING)


def _standing(months: str, sign: Piece = AT_LEAST, tail: list[Piece] | None = None) -> list[Piece]:
    return [
        "Options must be held in good standing ",
        sign,
        f" {months} months before the offer, as required by Section 2",
        *(tail if tail is not None else ["."]),
    ]


def _symbols(data: bytes) -> list[tuple[str, str, str]]:
    """Each w:sym of the document's body: its font, its code and the revision holding it."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    found = []
    for sym in root.iter(qn("w:sym")):
        marks = [a.tag.split("}")[1] for a in sym.iterancestors(qn("w:ins"), qn("w:del"))]
        found.append((sym.get(qn("w:font")), sym.get(qn("w:char")), "/".join(marks)))
    return found


def test_the_item_quotes_the_symbol_and_the_filing_text_spells_it(tmp_path: Path) -> None:
    amendment = _drafted(tmp_path, _standing("12"), _standing("six"))
    [item] = amendment.items
    assert "good standing \u2265 12 months" in item.old_text
    assert "good standing \u2265 six months" in item.new_text
    filed = " ".join(edgar_text(amendment, 0).split())
    assert "good standing >= six months before the offer" in filed
    assert "good standing 12" not in filed and "standing six" not in filed


def test_a_check_mark_is_spelled_as_a_box_marked_x_in_the_filing_text(tmp_path: Path) -> None:
    amendment = _drafted(
        tmp_path, _standing("12", tail=[CHECKED, "."]), _standing("six", tail=[CHECKED, "."])
    )
    [item] = amendment.items
    assert "Section 2\u2713." in item.new_text
    assert "Section 2[X]." in " ".join(edgar_text(amendment, 0).split())


def test_a_symbol_the_filing_text_cannot_spell_stops_it_naming_it(tmp_path: Path) -> None:
    crossed: Piece = ("Wingdings", "F0FB")  # a ballot X: yes or no is counsel's to say
    amendment = _drafted(
        tmp_path, _standing("12", tail=[crossed, "."]), _standing("six", tail=[crossed, "."])
    )
    [item] = amendment.items
    assert "Section 2\u2717." in item.new_text
    with pytest.raises(UnspellableCharacter) as refused:
        edgar_text(amendment, 0)
    assert "ballot x" in str(refused.value).lower()


@pytest.mark.parametrize("tail", [["."], [CHECKED, "."]])
def test_the_redline_keeps_the_symbols_around_changed_words(
    tmp_path: Path, tail: list[Piece]
) -> None:
    amendment = _drafted(tmp_path, _standing("12", tail=tail), _standing("six", tail=tail))
    review = build_review_documents(amendment)
    kept = [("Symbol", "F0B3", "")] + ([("Wingdings", "F0FC", "")] if len(tail) > 1 else [])
    assert _symbols(review.redline) == kept  # Word's own symbols, not struck out
    assert _symbols(review.conformed) == kept
    shown = "\u2713" if len(tail) > 1 else ""
    new = f"{STANDING} \u2265 six months before the offer, as required by Section 2{shown}."
    old = new.replace("six", "12")
    assert new in comparable(resolve(review.redline, True), tmp_path, "accepted.docx")
    assert old in comparable(resolve(review.redline, False), tmp_path, "rejected.docx")
    assert new in comparable(review.conformed, tmp_path, "conformed.docx")


def test_a_changed_symbol_is_struck_and_its_new_character_written(tmp_path: Path) -> None:
    at_most: Piece = ("Symbol", "F0A3")
    amendment = _drafted(tmp_path, _standing("12"), _standing("12", sign=at_most))
    [item] = amendment.items
    assert "\u2265" in item.old_text and "\u2264" in item.new_text
    review = build_review_documents(amendment)
    assert _symbols(review.redline) == [("Symbol", "F0B3", "del")]
    new = f"{STANDING} \u2264 12 months before the offer, as required by Section 2."
    assert new in comparable(resolve(review.redline, True), tmp_path, "accepted.docx")
    assert new.replace("\u2264", "\u2265") in comparable(
        resolve(review.redline, False), tmp_path, "rejected.docx"
    )
    assert new in comparable(review.conformed, tmp_path, "conformed.docx")


def test_new_words_written_after_a_symbol_run_are_not_set_in_its_font(tmp_path: Path) -> None:
    """Word may set a symbol's run in the symbol font itself (w:rFonts "Symbol"): words the
    redline writes with that run's formatting would print as Greek letters."""
    old = symbol_offer(tmp_path / "offer.docx", ["Held ", AT_LEAST, " 1 year."])
    new = symbol_offer(tmp_path / "revised.docx", ["Held ", AT_LEAST, " 2 years."])
    for path in (old, new):
        _set_symbol_run_font(path)
    amendment = draft_amendment(load_document(old), load_document(new), FILING)
    redline = build_review_documents(amendment).redline
    with zipfile.ZipFile(io.BytesIO(redline)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    for inserted in root.iter(qn("w:ins")):
        for fonts in inserted.iter(qn("w:rFonts")):
            assert "Symbol" not in fonts.attrib.values(), etree.tostring(inserted)
    assert "Held \u2265 2 years." in comparable(resolve(redline, True), tmp_path, "a.docx")


def _set_symbol_run_font(path: Path) -> None:
    word = docx.Document(str(path))
    for sym in word.element.body.iter(qn("w:sym")):
        run = sym.getparent()
        rpr = run.makeelement(qn("w:rPr"), {})
        fonts = rpr.makeelement(qn("w:rFonts"), {qn("w:ascii"): "Symbol", qn("w:hAnsi"): "Symbol"})
        rpr.append(fonts)
        run.insert(0, rpr)
    word.save(str(path))


def test_text_typed_in_a_symbol_font_is_kept_as_typed_around_changed_words(
    tmp_path: Path,
) -> None:
    from tests.io.test_word_symbols import typed_in_font

    paths = []
    for name, months in (("offer.docx", "12"), ("revised.docx", "six")):
        path = symbol_offer(tmp_path / name, [f"{STANDING} "])
        word = docx.Document(str(path))
        typed_in_font(word.paragraphs[2], "\u00b3", "Symbol")
        word.paragraphs[2].add_run(f" {months} months before the offer.")
        word.save(str(path))
        paths.append(path)
    amendment = draft_amendment(load_document(paths[0]), load_document(paths[1]), FILING)
    [item] = amendment.items
    assert f"{STANDING} \u2265 12 months" in item.old_text
    review = build_review_documents(amendment)
    new = f"{STANDING} \u2265 six months before the offer."
    assert new in comparable(resolve(review.redline, True), tmp_path, "accepted.docx")
    assert new.replace("six", "12") in comparable(
        resolve(review.redline, False), tmp_path, "rejected.docx"
    )
    assert new in comparable(review.conformed, tmp_path, "conformed.docx")
    with zipfile.ZipFile(io.BytesIO(review.conformed)) as package:
        xml = package.read("word/document.xml").decode()
    assert "\u00b3" in xml and "\u2265" not in xml  # the offer's own typed character kept
