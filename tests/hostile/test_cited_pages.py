"""A page typed into a project by hand ("-5", fourteen nines, a page past the original's
last) is refused as damage naming the entry: it passed check, and export cited "page -5"."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.errors import InputError
from amendtool.io.project_file import load_project


@pytest.mark.parametrize("page", ["-5", "0", "99999999999999", "500"])
def test_a_page_outside_the_originals_pages_is_refused(
    page: str, base: dict[str, Any], tmp_path: Path
) -> None:
    data = copy.deepcopy(base)
    items = data["amendments"][0]["items"]
    number = next(i for i, item in enumerate(items) if item.get("page"))
    items[number]["page"] = page
    path = tmp_path / "paged.amend"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_project(path)
    line = str(caught.value)
    assert "paged.amend" in line and f"amendments[0].items[{number}].page" in line, line
    assert "\n" not in line


def test_the_pages_drafted_still_read(base: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "as-drafted.amend"
    path.write_text(json.dumps(base), encoding="utf-8")
    pages = [i.page for i in load_project(path).series.amendments[0].items]
    assert any(pages)
