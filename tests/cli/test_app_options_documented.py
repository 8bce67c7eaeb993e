"""Every way the command line opens the desktop app is in `amendtool --help` and the README:
the options the launcher accepts (`--demo`, `--self-test`, which the installers' workflow
runs to prove a build starts) and a lone project or document."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool import launch
from amendtool.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"


def shown_help(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    return " ".join(capsys.readouterr().out.split())


def test_help_names_every_option_that_opens_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    shown = shown_help(capsys)
    assert set(launch.APP_OPTIONS) >= {"--demo", "--self-test"}
    for option, meaning in launch.APP_OPTIONS.items():
        assert option in shown, option
        assert " ".join(meaning.split()) in shown, option
    assert "PROJECT.amend" in shown and "DOCUMENT" in shown  # opening one in the app


def test_the_readme_names_every_option_that_opens_the_app() -> None:
    text = README.read_text(encoding="utf-8")
    for option in launch.APP_OPTIONS:
        assert f"amendtool {option}`" in text, option


def test_an_app_option_still_opens_the_app_not_the_parser() -> None:
    for option in launch.APP_OPTIONS:
        assert launch.opens_app([option])
