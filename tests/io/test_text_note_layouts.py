"""Notes of an EDGAR text offer set as the offer sets its body text: the rule over them
indented like the paragraphs, the mark after a sentence's stop ("eligible.(1)"), or the
notes right under their paragraph with the text going on below them. Each is read as a note
and an added one drafted as one footnote item; nothing under the notes is read into them."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.model import ParagraphKind
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

NOTE = "Non-employee directors may take part in a separate program."


def _offer(path: Path, mark: str = "", rule: str = "", under: bool = False) -> Path:
    notes = f"\n{rule}\n     {mark} {NOTE}\n" if mark else ""
    path.write_text(
        "                              THE OFFER\n\n"
        "1.   ELIGIBILITY.\n\n"
        "     You are eligible if you are an employee. Directors are not eligible."
        f"{mark}\n" + (notes if under else "") + "\n"
        "     Employees who leave before the expiration date may not take part.\n\n"
        "2.   CONDITIONS OF THE OFFER.\n\n"
        "     We may end the offer if any condition is not met.\n"
        + ("" if under else notes)
        + "\n                                      2\n<PAGE>\n\n"
        "3.   PRICE RANGE OF COMMON STOCK.\n\n     Our stock trades on Nasdaq.\n\n"
        "                                      3\n"
    )
    return path


def _sections(path: Path) -> list[list[tuple[ParagraphKind, str]]]:
    return [[(p.kind, p.text) for p in s.paragraphs] for s in load_document(path).sections]


def test_a_note_under_a_rule_indented_like_the_text_is_a_note(tmp_path: Path) -> None:
    for rule in ("     ----------", "        _______"):
        sections = _sections(_offer(tmp_path / "r.txt", "(1)", rule))
        eligibility = next(s for s in sections if s and s[0][1].startswith("You are"))
        assert eligibility[1] == (ParagraphKind.FOOTNOTE, NOTE)
        assert all(
            NOTE not in text
            for s in sections
            for _kind, text in s
            if _kind is not ParagraphKind.FOOTNOTE
        )


def test_notes_right_under_their_paragraph_leave_the_text_below_them(tmp_path: Path) -> None:
    sections = _sections(_offer(tmp_path / "r.txt", "(1)", "----------", under=True))
    eligibility = next(s for s in sections if s and s[0][1].startswith("You are"))
    assert [kind for kind, _text in eligibility] == [
        ParagraphKind.BODY,
        ParagraphKind.FOOTNOTE,
        ParagraphKind.BODY,
    ]
    assert eligibility[1][1] == NOTE
    assert any(s and s[0][1].startswith("We may end the offer") for s in sections)


def test_a_note_marked_after_the_stop_is_one_footnote_item(tmp_path: Path) -> None:
    original = load_document(_offer(tmp_path / "o.txt"))
    for mark in ("(1)", "*"):
        for rule in ("     ----------", "----------"):
            revised = load_document(_offer(tmp_path / "r.txt", mark, rule))
            filing = load_filing(SAMPLES / "filing.toml")
            items = draft_amendment(original, revised, filing).change_items
            assert [(i.kind, i.locator.added_note) for i in items] == [
                (ItemKind.INSERT_PARAGRAPH, "footnote")
            ]
            assert items[0].new_text == NOTE


def test_a_marked_line_under_a_rule_with_the_text_going_on_is_no_note(tmp_path: Path) -> None:
    """No paragraph above prints "*": the rule and the line are prose, and the heading
    below them stays a heading."""
    path = _offer(tmp_path / "r.txt", "(1)", "     ----------", under=True)
    path.write_text(path.read_text().replace("eligible.(1)", "eligible."))
    sections = load_document(path).numbered_sections()
    assert [s.number for s in sections] == ["1", "2", "3"]
    assert not [p for s in sections for p in s.paragraphs if p.kind is ParagraphKind.FOOTNOTE]
