"""`history --docx FILE` writes a Word file of its own: it overwrote the project itself (the
whole series lost), the offer as filed and a file of an export set, each without a word."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES


def amendtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "amendtool", *args], capture_output=True, text=True, timeout=180
    )


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("history")
    original = folder / "offer.txt"
    shutil.copy(SAMPLES / "offer-to-exchange.txt", original)
    done = amendtool(
        "draft",
        str(original),
        str(SAMPLES / "offer-to-exchange-revised.txt"),
        "--filing",
        str(SAMPLES / "filing.toml"),
        "--out",
        str(folder / "out"),
        "--project",
        str(folder / "p.amend"),
    )
    assert done.returncode == 0, done.stderr
    return folder


@pytest.mark.parametrize(
    ("target", "said"),
    [
        ("p.amend", "give a file name ending in .docx"),
        ("offer.txt", "give a file name ending in .docx"),
        ("out/redline.docx", "is one of the files of an export in that folder"),
        ("out", "is a folder"),
    ],
)
def test_the_history_never_overwrites_the_project_the_offer_or_an_export(
    drafted: Path, target: str, said: str
) -> None:
    path = drafted / target
    before = path.read_bytes() if path.is_file() else None
    done = amendtool("history", str(drafted / "p.amend"), "--docx", str(path))
    assert done.returncode == 2
    assert said in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert (path.read_bytes() if path.is_file() else None) == before


def test_the_history_is_written_to_a_word_file_of_its_own(drafted: Path) -> None:
    done = amendtool("history", str(drafted / "p.amend"), "--docx", str(drafted / "h.docx"))
    assert done.returncode == 0, done.stderr
    assert (drafted / "h.docx").read_bytes()[:2] == b"PK"
    checked = amendtool("check", str(drafted / "p.amend"))
    assert "not an amendtool project" not in checked.stderr


def test_counsel_s_own_word_file_is_never_replaced_but_an_earlier_history_is(
    drafted: Path,
) -> None:
    """A Word file of counsel's own (the revised draft) is refused; a history written before
    is the tool's own file, written again."""
    import docx

    own = drafted / "revised-draft.docx"
    docx.Document().save(str(own))
    before = own.read_bytes()
    done = amendtool("history", str(drafted / "p.amend"), "--docx", str(own))
    assert done.returncode == 2, done.stderr
    assert "no history amendtool wrote" in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert own.read_bytes() == before
    again = drafted / "again.docx"
    first = amendtool("history", str(drafted / "p.amend"), "--docx", str(again))
    assert first.returncode == 0, first.stderr
    second = amendtool("history", str(drafted / "p.amend"), "--docx", str(again))
    assert second.returncode == 0, second.stderr
