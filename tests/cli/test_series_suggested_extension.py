"""The Extend dialog first offers the earliest expiration that keeps the offer open as long
as the series' changes require, not a date two weeks on that counsel must then correct."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.expirations import parse_expiration, typed_expiration
from amendtool.core.series_steps import suggested_extension
from amendtool.io.project_file import load_project
from tests.support.series_cli import stale_second_amendment


def test_the_extension_offered_first_is_the_earliest_compliant(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Amendment No. 2 (April 21, 2026) requires the offer open through April 27; it expires
    # at 11:59 p.m. on April 23
    series = load_project(stale_second_amendment(capsys, tmp_path)).series
    filing = series.current.filing
    assert filing is not None
    suggested = suggested_extension(series, filing)
    assert typed_expiration(suggested) == "2026-04-27 midnight"
    assert parse_expiration(typed_expiration(suggested)) == suggested
