"""What an amendment filed is kept as filed: its exhibits' descriptions are stored in the
project when it is marked filed, so a later amendment's exhibit index lists them as they
were filed even after the firm's wording files change. A project saved before they were
stored (schema 2) opens, keeps its filed amendments' descriptions from then on, and is
saved in the current schema."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from amendtool.core.series import Series
from amendtool.core.wording import house_wording
from amendtool.io.load import load_document
from amendtool.io.project_file import SCHEMA_VERSION, Project, load_project, save_project
from tests.conftest import SAMPLES
from tests.core.test_series_extension import filing, lower_threshold

NEW_EXPIRATION = dt.datetime(2026, 5, 8, 23, 59)


def two_amendments() -> Series:
    series = Series(load_document(SAMPLES / "offer-to-exchange.docx"))
    series.draft(lower_threshold(series.original), filing(1, dt.date(2026, 4, 22), NEW_EXPIRATION))
    base = series.base(1)
    series.draft(dataclasses.replace(base), filing(2, dt.date(2026, 4, 29), NEW_EXPIRATION))
    return series


def listed_earlier(series: Series) -> dict[str, str]:
    later = series.amendment(-1)
    assert later is not None
    return {e.label: e.description for e in later.previously_filed()}


def test_marking_filed_stores_the_exhibits_as_described(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    series = two_amendments()
    first = series.amendments[0]
    assert first.locked and first.filed_exhibits
    filed = series.amendment(0)
    assert filed is not None
    assert first.filed_exhibits == [(e.label, e.description) for e in filed.exhibits()]
    before = listed_earlier(series)
    path = tmp_path / "p.amend"
    save_project(Project(series.original, series=series), path)
    exhibits = house_wording("standard").exhibits  # the firm rewords it after No. 1 was filed
    monkeypatch.setitem(exhibits, "notice_description", "Revised Notice ({date}).")
    reopened = load_project(path).series
    assert reopened.amendments[0].filed_exhibits == first.filed_exhibits
    assert listed_earlier(reopened) == before
    assert "Revised Notice" not in " ".join(listed_earlier(reopened).values())


def test_a_schema_2_project_opens_and_keeps_its_filed_exhibits(tmp_path: Path) -> None:
    series = two_amendments()
    expected = list(series.amendments[0].filed_exhibits or [])
    path = tmp_path / "old.amend"
    save_project(Project(series.original, series=series), path)
    data = json.loads(path.read_text("utf-8"))
    data["schema_version"] = 2
    for amendment in data["amendments"]:
        amendment.pop("filed_exhibits", None)
    path.write_text(json.dumps(data), "utf-8")
    reopened = load_project(path).series
    assert reopened.amendments[0].filed_exhibits == expected
    assert reopened.amendments[1].filed_exhibits is None  # a draft: described when filed
    save_project(Project(reopened.original, series=reopened), path)
    saved = json.loads(path.read_text("utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION == 3
    assert saved["amendments"][0]["filed_exhibits"] == [list(pair) for pair in expected]


def test_stored_descriptions_that_are_not_pairs_of_text_are_refused(tmp_path: Path) -> None:
    series = two_amendments()
    path = tmp_path / "p.amend"
    save_project(Project(series.original, series=series), path)
    data = json.loads(path.read_text("utf-8"))
    data["amendments"][0]["filed_exhibits"] = [["(a)(1)(E)"]]
    path.write_text(json.dumps(data), "utf-8")
    from amendtool.core.errors import InputError

    with pytest.raises(InputError, match=r"filed_exhibits"):
        load_project(path)
