"""Text that looks the same is the same text: a revised draft that differs from the original
only by characters no reader sees (a zero-width space or joiner pasted from a web page, a
soft hyphen, an accent typed as a letter and a combining mark, a Unicode line separator) has
no change in it. Each would otherwise become an item restating words that did not change."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_docx, as_html, as_text, edited, offer

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document

SAMPLE_FILING = Path(__file__).resolve().parents[2] / "resources" / "samples" / "filing.toml"
INVISIBLE = {
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "zero-width non-joiner": "\u200c",
    "word joiner": "\u2060",
    "soft hyphen": "\u00ad",
}


def _salted(text: str, character: str) -> str:
    """`character` inside words throughout the text, as a paste from a web page leaves it."""
    for word in ("exchange", "option", "Conditions", "vest"):
        text = text.replace(word, word[:2] + character + word[2:])
    return text


def _items(tmp_path: Path, original: str | bytes, revised: str | bytes, suffix: str) -> list[str]:
    tmp_path.mkdir(exist_ok=True)
    paths = []
    for name, content in (("original", original), ("revised", revised)):
        path = tmp_path / f"{name}{suffix}"
        (path.write_bytes if isinstance(content, bytes) else path.write_text)(content)
        paths.append(path)
    amendment = draft_amendment(
        load_document(paths[0]), load_document(paths[1]), load_filing(SAMPLE_FILING)
    )
    return [item.new_text for item in amendment.change_items]


@pytest.fixture(scope="module")
def clean_items(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("clean")
    return _items(folder, as_text(offer()), as_text(edited(offer())), ".txt")


@pytest.mark.parametrize("name", sorted(INVISIBLE))
def test_an_invisible_character_in_the_draft_is_no_change(
    name: str, clean_items: list[str], tmp_path: Path
) -> None:
    revised = _salted(as_text(edited(offer())), INVISIBLE[name])
    assert _items(tmp_path, as_text(offer()), revised, ".txt") == clean_items


@pytest.mark.parametrize("name", ["zero-width space", "soft hyphen"])
def test_an_invisible_character_in_a_word_draft_is_no_change(name: str, tmp_path: Path) -> None:
    spec, revised_spec = offer(), edited(offer())
    salted = [(h, [_salted(p, INVISIBLE[name]) for p in ps]) for h, ps in revised_spec]
    clean = _items(tmp_path / "clean", as_docx(spec), as_docx(revised_spec), ".docx")
    assert _items(tmp_path, as_docx(spec), as_docx(salted), ".docx") == clean


@pytest.mark.parametrize("reference", ["&#8203;", "&shy;", "&#x2060;", "&zwj;"])
def test_an_invisible_character_written_as_a_reference_in_html_is_no_change(
    reference: str, tmp_path: Path
) -> None:
    spec, revised = as_html(offer()), as_html(edited(offer()))
    clean = _items(tmp_path / "clean", spec, revised, ".htm")
    assert _items(tmp_path, spec, _salted(revised, reference), ".htm") == clean


def test_an_accent_typed_as_a_combining_mark_is_the_same_letter(
    clean_items: list[str], tmp_path: Path
) -> None:
    original = as_text(offer()).replace("café", "cafe\u0301")  # e + COMBINING ACUTE ACCENT
    assert _items(tmp_path, original, as_text(edited(offer())), ".txt") == clean_items
    assert all("\u0301" not in text for text in clean_items)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_separators_end_lines(
    separator: str, clean_items: list[str], tmp_path: Path
) -> None:
    original = as_text(offer()).replace("\n", separator)
    path = tmp_path / "separated.txt"
    path.write_text(original, encoding="utf-8")
    document = load_document(path)
    assert [s.number for s in document.sections if s.number] == ["1", "2", "3", "4"]
    assert _items(tmp_path, original, as_text(edited(offer())), ".txt") == clean_items


def test_a_form_feed_ends_a_page_as_page_does(clean_items: list[str], tmp_path: Path) -> None:
    """Text printed to a file (and older filings) ends each page with a form feed."""
    original = as_text(offer()).replace("\n<PAGE>\n", "\n\f")
    path = tmp_path / "printed.txt"
    path.write_text(original, encoding="utf-8")
    sections = [s for s in load_document(path).sections if s.number]
    assert [s.heading_pages[0].label for s in sections] == ["2", "3", "4", "5"]
    assert all(len(s.paragraphs) == 2 for s in sections)  # no folio read as a paragraph
    assert _items(tmp_path, original, as_text(edited(offer())), ".txt") == clean_items
