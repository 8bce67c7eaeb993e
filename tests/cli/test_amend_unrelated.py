"""`amend` refuses a revised file that is no revision of the offer as amended (an e-mail
saved as .txt), as `draft` does: one line naming it, exit 2, the project and DIR untouched.
Drafted, it would delete every section of the offer in the next amendment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.cli import main
from tests.conftest import SAMPLES
from tests.support.series_cli import filing_toml, next_filing


def test_amend_refuses_a_file_that_is_not_the_offer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "offer.amend"
    argv = ["draft", str(SAMPLES / "offer-to-exchange.docx")]
    argv += [str(SAMPLES / "offer-to-exchange-revised.docx"), "--filing"]
    argv += [str(filing_toml(tmp_path / "no1.toml")), "--out", str(tmp_path / "no1")]
    assert main([*argv, "--project", str(project)]) == 0
    before = project.read_bytes()
    email = tmp_path / "email.txt"
    email.write_text("Thanks for the draft - see attached.\n", encoding="utf-8")
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 14))
    capsys.readouterr()
    out = tmp_path / "no2"
    status = main(["amend", str(project), str(email), "--filing", str(filing), "--out", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1 and err[0].startswith("amendtool: email.txt: "), err
    assert "not a revision" in err[0] and "choose the revised offer" in err[0]
    assert not out.exists()
    assert project.read_bytes() == before
