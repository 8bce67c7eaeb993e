"""Midnight in filing.toml as counsel writes it: "2026-05-14 24:00" (quoted or not) and
"2026-05-14 midnight" are the end of May 14, as the command line's --to reads them, and a
value that names no moment says how to write midnight."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.core.filing import load_filing
from tests.conftest import SAMPLES

END_OF_MAY_14 = dt.datetime(2026, 5, 15, 0, 0)


def _with_expiration(tmp_path: Path, value: str) -> Path:
    text = (SAMPLES / "filing.toml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^expiration = .*$", f"expiration = {value}", text)
    path = tmp_path / "filing.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "value",
    ['"2026-05-14 24:00"', "2026-05-14 24:00", "2026-05-14T24:00:00", '"2026-05-14 midnight"'],
)
def test_midnight_is_the_end_of_the_day(tmp_path: Path, value: str) -> None:
    assert load_filing(_with_expiration(tmp_path, value)).expiration == END_OF_MAY_14


def test_a_value_naming_no_moment_says_how_to_write_midnight(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        load_filing(_with_expiration(tmp_path, '"May 14 at night"'))
    assert "24:00" in str(raised.value) and "midnight" in str(raised.value)
