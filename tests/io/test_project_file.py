"""The .amend project file: everything comes back as saved, also after edits between saves."""

from __future__ import annotations

import json
from pathlib import Path

from amendtool.core.drafting import draft_items
from amendtool.core.model import PageMark, ParagraphKind
from amendtool.io.project_file import SCHEMA_VERSION, Project, load_project, save_project
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


def version_one(filing: dict | None) -> dict:  # type: ignore[type-arg]
    """A project as the first version of the format saved it: one amendment, flat."""
    from amendtool.io.project_file import document_json

    return {
        "format": "amendtool-project",
        "schema_version": 1,
        "saved": "2026-04-01T10:00:00+00:00",
        "original": json.loads(document_json(ORIGINAL)),
        "revised": json.loads(document_json(REVISED)),
        "items": [i.to_dict() for i in draft_items(ORIGINAL, REVISED).items],
        "filing": filing,
        "wording_style": "standard",
        "notes": ["a note"],
    }


def test_a_project_of_the_first_version_opens_as_a_series_of_one_draft(tmp_path: Path) -> None:
    from amendtool.core.filing import load_filing
    from amendtool.io.project_file import jsonable
    from tests.conftest import EXAMPLE_DIR

    filing = jsonable(load_filing(EXAMPLE_DIR / "filing.toml").to_toml_dict())  # Amendment No. 2
    path = tmp_path / "old.amend"
    path.write_text(json.dumps(version_one(filing)), encoding="utf-8")
    project = load_project(path)
    [amendment] = project.series.amendments
    assert (amendment.number, amendment.status.value, amendment.kind.value) == (2, "draft", "text")
    assert project.original == ORIGINAL and project.revised == REVISED
    assert [i.kind.value for i in project.items] == ["replace_words"]
    assert project.filing is not None and project.filing.issuer_short_name == "Mpower"
    assert project.notes == ["a note"]
    save_project(project, path)  # saved again, in the current version
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION and [
        a["number"] for a in data["amendments"]
    ] == [2]
    assert "revised" not in data and "items" not in data
    # a first-version project without filing details is Amendment No. 1
    path.write_text(json.dumps(version_one(None)), encoding="utf-8")
    assert load_project(path).series.amendments[0].number == 1


def test_a_series_loads_back_with_each_amendments_status_kind_and_outputs(
    tmp_path: Path,
) -> None:
    import dataclasses
    import datetime as dt

    from amendtool.core.filing import load_filing
    from amendtool.core.series import AmendmentKind, Series
    from tests.conftest import SAMPLES

    filing = load_filing(SAMPLES / "filing.toml")
    series = Series(ORIGINAL)
    series.draft(REVISED, filing)
    series.amendments[0].outputs = {"folder": "/filed/no1", "files": ["items.json"]}
    second = dataclasses.replace(
        filing, amendment_number=2, expiration=dt.datetime(2026, 5, 7, 23, 59)
    )
    extension = series.draft(REVISED, second, None, AmendmentKind.EXTENSION)
    extension.extended_from = dt.datetime(2026, 4, 23, 23, 59)
    path = tmp_path / "series.amend"
    save_project(Project(ORIGINAL, series=series), path)
    loaded = load_project(path).series
    assert [(a.number, a.status.value, a.kind.value) for a in loaded.amendments] == [
        (1, "filed", "text"),
        (2, "draft", "extension"),
    ]
    assert loaded.amendments[0].outputs == {"folder": "/filed/no1", "files": ["items.json"]}
    assert loaded.amendments[1].extended_from == dt.datetime(2026, 4, 23, 23, 59)
    assert loaded.amendments[1].filing is not None
    assert loaded.amendments[1].filing.expiration == dt.datetime(2026, 5, 7, 23, 59)
    assert [i.to_dict() for i in loaded.amendments[0].items] == [
        i.to_dict() for i in series.amendments[0].items
    ]
