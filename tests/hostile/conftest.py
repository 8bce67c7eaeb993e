"""What the hostile project tests share: the project the sample draws, which each of them
damages in its own way."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from amendtool.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The sample drafted by the command line and saved as a project, read as its JSON."""
    folder = tmp_path_factory.mktemp("base")
    project = folder / "base.amend"
    argv = ["draft", str(SAMPLES / "offer-to-exchange.txt")]
    argv += [str(SAMPLES / "offer-to-exchange-revised.txt"), "--filing"]
    argv += [str(SAMPLES / "filing.toml"), "--out", str(folder / "out"), "--project", str(project)]
    assert main(argv) == 0
    data: dict[str, Any] = json.loads(project.read_text(encoding="utf-8"))
    return data
