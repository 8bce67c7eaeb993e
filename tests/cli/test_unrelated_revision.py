"""A revised file that is not a revision of the original (an e-mail saved as .txt, a few
bytes) is refused in one line naming it, exit 2, nothing written: drafting it deleted every
section of the offer and wrote a full amendment with exit 0."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from amendtool.cli import main
from amendtool.core.unrelated_revision import kept_share
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

ORIGINAL = SAMPLES / "offer-to-exchange.docx"
FILING = SAMPLES / "filing.toml"


@pytest.mark.parametrize("text", ["Thanks for the draft - see attached.\n", "NOK\n"])
def test_a_file_that_is_not_the_offer_is_refused_as_the_revision(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    email = tmp_path / "email.txt"
    email.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    status = main(["draft", str(ORIGINAL), str(email), "--filing", str(FILING), "--out", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1 and "email.txt" in err[0] and "not a revision" in err[0]
    assert "choose the revised offer" in err[0]
    assert not out.exists()
    status = main(["check", str(ORIGINAL), str(email), "--filing", str(FILING)])
    assert status == 2 and "not a revision" in capsys.readouterr().err


def test_the_real_revision_keeps_most_of_the_offer() -> None:
    original = load_document(ORIGINAL)
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    assert kept_share(original, revised) > 0.9
    assert kept_share(original, original) == 1.0


def test_amend_refuses_a_file_that_is_not_a_revision_of_the_offer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`amend` applies the same rule as `draft`, against the offer as amended so far: one
    line naming both files, exit 2, the project and the folder untouched."""
    import datetime as dt

    from tests.support.series_cli import first_amendment, next_filing, run

    project = first_amendment(tmp_path)
    before = project.read_bytes()
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 10))
    email = tmp_path / "email.txt"
    email.write_text("Thanks for the draft - see attached.\n", encoding="utf-8")
    status, out, err = run(
        capsys, "amend", project, email, "--filing", filing, "--out", tmp_path / "no2"
    )
    [line] = err.strip().splitlines()
    assert status == 2 and out == ""
    assert "email.txt" in line and ORIGINAL.name in line and "not a revision" in line, line
    assert project.read_bytes() == before and not (tmp_path / "no2").exists()


def _another_issuers(tmp_path: Path) -> Path:
    """The same kind of offer, its boilerplate shared, made by another issuer."""
    text = (SAMPLES / "offer-to-exchange-revised.txt").read_text(encoding="utf-8")
    text = text.replace("HALVORSEN NETWORKS, INC.", "  QUILLON SEMICONDUCTOR CORP.")
    text = text.replace("Halvorsen Networks, Inc.", "Quillon Semiconductor Corp.")
    other = tmp_path / "other.txt"
    other.write_text(re.sub("halvorsen", "Quillon", text, flags=re.I), encoding="utf-8")
    return other


def test_another_issuers_offer_of_the_same_kind_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = _another_issuers(tmp_path)
    assert kept_share(load_document(ORIGINAL), load_document(other)) > 0.25  # words alone pass
    out = tmp_path / "out"
    status = main(["draft", str(ORIGINAL), str(other), "--filing", str(FILING), "--out", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2, err
    assert len(err) == 1 and "other.txt" in err[0], err
    assert "Quillon Semiconductor Corp." in err[0] and "Halvorsen Networks, Inc." in err[0]
    assert "choose the revised offer" in err[0]
    assert not out.exists()


def test_the_issuers_own_revision_in_another_format_passes(tmp_path: Path) -> None:
    from amendtool.core.unrelated_revision import refuse_unrelated

    original = load_document(ORIGINAL)
    revised = SAMPLES / "offer-to-exchange-revised.txt"
    refuse_unrelated(original, load_document(revised), revised)  # raises nothing
