"""A project saved when amendtool read the last entry of a table of contents as a section
heading: a draft opens on the offer as it reads today (the entry back in the contents, the
items drafted again, counsel's decisions kept); an amendment filed on that reading is kept as
filed, and `amendtool check` names the entry."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.cli import main
from amendtool.core import structure
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.filing import load_filing
from amendtool.core.item_kinds import Materiality
from amendtool.core.model import Document
from amendtool.core.outline_reread import read_again
from amendtool.core.series import Series, Status
from amendtool.io.edgar_text_reader import edgar_text_blocks
from amendtool.io.project_file import Project, load_project, save_project
from tests.conftest import SAMPLES
from tests.io.test_contents_page_last_entry import (
    GAPS,
    LEADERS,
    NO_PAGES,
    SCHEDULE,
    SPACED_LEADERS,
    TWO_COLUMNS,
    _offer,
)

SHAPES = [LEADERS, GAPS, SPACED_LEADERS, SCHEDULE, TWO_COLUMNS, NO_PAGES]
CHANGED = ("We may waive any condition.", "We may waive any condition before the offer expires.")


def _read(text: str, earlier: bool, monkeypatch: pytest.MonkeyPatch) -> Document:
    """The offer as today's reader reads it, or as the reader before the contents fix did."""
    with monkeypatch.context() as patched:
        if earlier:
            patched.setattr(structure, "is_contents_entry", lambda blocks, index: False)
        return structure.build_document(edgar_text_blocks(text))


@pytest.mark.parametrize("folio", [None, "i", "- ii -"])
@pytest.mark.parametrize("entries", SHAPES)
def test_the_saved_outline_read_again_is_todays_reading(
    entries: str, folio: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _offer(entries, folio)
    earlier, today = _read(text, True, monkeypatch), _read(text, False, monkeypatch)
    again, headings = read_again(earlier)
    assert again == today
    assert len(headings) == len(earlier.sections) - len(today.sections)
    assert read_again(today) == (today, [])


def test_a_part_title_on_its_own_page_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _offer(LEADERS, "i").replace(
        "<PAGE>\n\n1. Expiration Date.", "<PAGE>\n\nTHE OFFER\n\n1. Expiration Date."
    )
    today = _read(text, False, monkeypatch)
    assert "The Offer" in [s.name for s in today.sections]
    assert read_again(today) == (today, [])


def _project(
    folder: Path, entries: str, monkeypatch: pytest.MonkeyPatch, filed: bool = False
) -> Path:
    """A project drafted and saved by the reader before the contents fix: Amendment No. 1
    (changing Section 2) and, when `filed`, No. 1 filed and No. 2 drafted on it."""
    text = _offer(entries, "i")
    original = _read(text, True, monkeypatch)
    revised = _read(text.replace(*CHANGED), True, monkeypatch)
    filing = dataclasses.replace(
        load_filing(SAMPLES / "filing.toml"), amendment_number=1, amendment_date=dt.date(2026, 6, 8)
    )
    series = Series(original)
    entry = series.draft(revised, filing)
    entry.items[0].choose_materiality(Materiality.MATERIAL, "counsel: a new limit on waivers")
    if filed:
        later = text.replace(*CHANGED).replace("Missouri.", "Missouri, and Delaware.")
        series.draft(
            _read(later, True, monkeypatch), dataclasses.replace(filing, amendment_number=2)
        )
        assert series.amendments[0].status is Status.FILED
    path = folder / "offer.amend"
    save_project(Project(original, series=series), path)
    return path


@pytest.mark.parametrize("entries", [LEADERS, SCHEDULE, NO_PAGES])
def test_a_draft_opens_on_the_offer_as_read_today(
    tmp_path: Path, entries: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _project(tmp_path, entries, monkeypatch)
    text = _offer(entries, "i")
    today, revised = (
        _read(text, False, monkeypatch),
        _read(text.replace(*CHANGED), False, monkeypatch),
    )

    project = load_project(path)
    assert project.original == today
    assert project.revised == revised
    [item] = project.items
    assert item.counsel_materiality and item.materiality is Materiality.MATERIAL
    applied = apply_items(TextDocument.from_document(today), project.items)
    assert applied == TextDocument.from_document(revised)
    [notice] = [n for n in project.notices if "table of contents" in n]
    assert "read again" in notice and "decisions on 1 of its items kept" in notice

    save_project(project, path)  # saved once, the project holds today's reading
    assert load_project(path).original == today
    assert not [n for n in load_project(path).notices if "table of contents" in n]


def test_an_amendment_filed_on_the_old_reading_is_kept_and_check_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _project(tmp_path, LEADERS, monkeypatch, filed=True)
    before = load_project(path)  # loaded once to compare; the file is not changed by opening
    stored = path.read_bytes()
    assert before.series.amendments[0].items
    phantom = "3. Information About Tallgrass"
    assert any(s.heading.startswith(phantom) for s in before.original.sections)
    [notice] = [n for n in before.notices if "table of contents" in n]
    assert "Amendment No. 1 was filed on that reading" in notice

    for number in ("1", "2"):
        capsys.readouterr()
        main(["check", str(path), "--amendment", number])
        said = capsys.readouterr().err
        [line] = [ln for ln in said.splitlines() if "kept because an amendment was filed" in ln]
        assert line.startswith("amendtool: warning:") and phantom in line
    assert path.read_bytes() == stored
