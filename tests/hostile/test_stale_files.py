"""Files of an earlier export that the new one no longer makes are removed, and the command
says which; a file counsel changed since, or never ours, is left (and, if it was ours, named)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import exportable_filing, text_pair

from amendtool import cli
from amendtool.io.output_set import MANIFEST, read_manifest


@pytest.fixture
def drafts(tmp_path: Path) -> dict[str, list[str]]:
    """The command lines of two drafts into one folder: notice exhibit (a)(11), then (a)(12)."""
    original, revised = text_pair(tmp_path)
    out = str(tmp_path / "out")
    return {
        exhibit: ["draft", str(original), str(revised), "--out", out, "--filing", str(filing)]
        for exhibit in ("(a)(11)", "(a)(12)")
        if (filing := exportable_filing(tmp_path, exhibit))
    }


def test_an_earlier_exports_exhibit_is_removed_and_named(
    drafts: dict[str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert cli.main(drafts["(a)(11)"]) == 0
    (out / "notes-of-counsel.txt").write_text("counsel's own\n", encoding="utf-8")
    (out / "exhibit-a11-old.txt").write_text("counsel's copy of an earlier exhibit\n", "utf-8")
    capsys.readouterr()
    assert cli.main(drafts["(a)(12)"]) == 0
    said = capsys.readouterr().err
    names = {p.name for p in out.iterdir()}
    assert {"exhibit-a12.htm", "exhibit-a12.txt"} <= names
    assert not {"exhibit-a11.htm", "exhibit-a11.txt"} & names
    assert "removed exhibit-a11.htm, exhibit-a11.txt: written by an earlier export" in said
    assert {"notes-of-counsel.txt", "exhibit-a11-old.txt"} <= names  # never ours: untouched
    listed = read_manifest(out)["files"]
    assert isinstance(listed, dict)
    assert names == {*listed, MANIFEST, "notes-of-counsel.txt", "exhibit-a11-old.txt"}


def test_a_stale_file_counsel_changed_is_left_and_named(
    drafts: dict[str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert cli.main(drafts["(a)(11)"]) == 0
    edited_by_counsel = out / "exhibit-a11.txt"
    edited_by_counsel.write_text("counsel edited this exhibit by hand\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(drafts["(a)(12)"]) == 0
    said = capsys.readouterr().err
    assert edited_by_counsel.read_text(encoding="utf-8") == "counsel edited this exhibit by hand\n"
    assert not (out / "exhibit-a11.htm").exists()
    assert "removed exhibit-a11.htm: written by an earlier export" in said
    assert "left exhibit-a11.txt: written by an earlier export and no longer part of it, but " in (
        said
    )
    # the next export still knows it: it is not counsel's own file, and still not removed
    capsys.readouterr()
    assert cli.main(drafts["(a)(12)"]) == 0
    assert edited_by_counsel.exists()


def test_a_manifest_nested_past_any_parser_is_no_manifest_of_ours(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert read_manifest(tmp_path) == {}
