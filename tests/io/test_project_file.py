"""The .amend project file: everything comes back as saved, also after edits between saves."""

from __future__ import annotations

import json
from pathlib import Path

from amendtool.core.drafting import draft_items
from amendtool.core.model import PageMark, ParagraphKind
from amendtool.io.project_file import Project, load_project, save_project
from tests.support.builders import doc

ORIGINAL = doc(
    [
        ("", ["Halvorsen Networks, Inc. — Offer to Exchange “Eligible Options”."]),
        ("1. Number of Options; Expiration Date", ["We will exchange.", "The offer expires."]),
        ("2. Purpose of the Offer", ["We want to retain employees.", "March 31\t$18.40"]),
    ]
)
REVISED = doc(
    [
        ("", ["Halvorsen Networks, Inc. — Offer to Exchange “Eligible Options”."]),
        ("1. Number of Options; Expiration Date", ["We will exchange.", "The offer ends."]),
        ("2. Purpose of the Offer", ["We want to retain employees.", "March 31\t$18.40"]),
    ]
)


def project() -> Project:
    return Project(ORIGINAL, REVISED, draft_items(ORIGINAL, REVISED).items, notes=["a note"])


def test_a_saved_project_loads_back_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "p.amend"
    saved = project()
    save_project(saved, path)
    loaded = load_project(path)
    assert loaded.original == ORIGINAL
    assert loaded.revised == REVISED
    assert [i.to_dict() for i in loaded.items] == [i.to_dict() for i in saved.items]
    assert loaded.notes == ["a note"]


def test_the_project_file_is_compact_json(tmp_path: Path) -> None:
    path = tmp_path / "p.amend"
    save_project(project(), path)
    text = path.read_text(encoding="utf-8")
    assert "\n" not in text  # no indentation: the autosave writes it every few seconds
    assert "“Eligible Options”" in text  # and as readable text, not \\u escapes
    assert json.loads(text)["format"] == "amendtool-project"


def test_each_save_holds_the_documents_as_they_are_then(tmp_path: Path) -> None:
    """Sections are encoded once and reused while unchanged: a change made in place to a
    paragraph, a page or a heading between two saves is in the second save."""
    path = tmp_path / "p.amend"
    revised = doc(
        [
            ("1. Number of Options; Expiration Date", ["We will exchange.", "The offer ends."]),
            ("2. Purpose of the Offer", ["We want to retain employees."]),
        ]
    )
    saved = Project(ORIGINAL, revised, [])
    save_project(saved, path)
    revised.sections[0].paragraphs[1].text = "The offer ends at midnight."
    revised.sections[1].paragraphs[0].pages = (PageMark(0, "7"), PageMark(5, "8"))
    revised.sections[1].heading = "2. PURPOSE OF THE OFFER."
    save_project(saved, path)
    loaded = load_project(path)
    assert loaded.revised == revised
    assert loaded.revised.sections[0].paragraphs[1].text == "The offer ends at midnight."
    assert loaded.revised.sections[1].paragraphs[0].pages == (PageMark(0, "7"), PageMark(5, "8"))
    assert loaded.revised.sections[1].heading == "2. PURPOSE OF THE OFFER."


def test_an_indented_project_of_an_earlier_version_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "p.amend"
    save_project(project(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    assert load_project(path).revised == REVISED


def test_footnotes_and_table_rows_keep_what_makes_them_so(tmp_path: Path) -> None:
    path = tmp_path / "p.amend"
    noted = doc([("1. Number of Options; Expiration Date", ["Text.", "Note text.", "A\tB"])])
    note, row = noted.sections[0].paragraphs[1:]
    note.kind, note.note = ParagraphKind.FOOTNOTE, "3"
    row.table = "t1"
    save_project(Project(noted, noted, []), path)
    loaded = load_project(path).revised.sections[0].paragraphs
    assert (loaded[1].kind, loaded[1].note) == (ParagraphKind.FOOTNOTE, "3")
    assert (loaded[2].kind, loaded[2].table) == (ParagraphKind.TABLE_ROW, "t1")
    assert loaded == noted.sections[0].paragraphs
