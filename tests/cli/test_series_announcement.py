"""Rule 14e-1(d)'s note on an extension names every item of it: the statements of the
expiration moved to the new one, and the answers and deadlines restated with them (the
withdrawal deadline, a date counted from the expiration), each classed as an extension."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from amendtool.core.items import Materiality, letter
from amendtool.io.project_file import load_project
from tests.support.series_cli import first_amendment, next_filing, run


def test_the_announcement_note_lists_every_extension_item(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    second = next_filing(tmp_path, 2, dt.date(2026, 4, 20))
    status, _, err = run(
        capsys, "extend", project, "--to", "2026-05-07 23:59", "--filing", second,
        "--out", tmp_path / "no2",
    )  # fmt: skip
    assert status == 0, err
    (note,) = [line for line in err.splitlines() if "Rule 14e-1(d)" in line]
    amendment = load_project(project).series.amendment(-1)
    assert amendment is not None
    classed = [
        letter(i)
        for i, item in enumerate(amendment.change_items)
        if item.materiality is Materiality.EXTENSION
    ]
    assert len(classed) > 3
    named = re.match(r"amendtool: note: items ([A-Z, and]+) extend", note)
    assert named is not None, note
    assert re.findall(r"[A-Z]", named.group(1)) == classed, note
