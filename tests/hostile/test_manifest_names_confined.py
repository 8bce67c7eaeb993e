"""DIR's manifest names files of DIR, nothing else: a manifest edited or received with the
folder (synced, zipped, sent by another firm) that names a path outside DIR, or inside a
subfolder of it, never makes export remove, or say it removed, anything but amendtool's own
files in DIR. Counsel's original beside DIR, with the hash the sender knew, is left whole."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import exportable_filing, text_pair

from amendtool import cli
from amendtool.io.output_set import MANIFEST, read_manifest


@pytest.mark.parametrize("subfolder", [True, False])
def test_a_manifest_naming_files_outside_dir_removes_none_of_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], subfolder: bool
) -> None:
    original, revised = text_pair(tmp_path)
    filing = exportable_filing(tmp_path, "(a)(11)")
    out = tmp_path / "matter" / "amend1"
    command = ["draft", str(original), str(revised), "--out", str(out), "--filing", str(filing)]
    assert cli.main(command) == 0
    victims = {
        tmp_path / "matter" / "offer-as-filed.txt": "the offer as filed\n",
        tmp_path / "victim.txt": "counsel's memo\n",
        out / "sub" / "memo.txt": "a memo in a subfolder of DIR\n",
    }
    for path, text in victims.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if not subfolder:
        (out / "sub" / "memo.txt").unlink()
        (out / "sub").rmdir()
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    named = {  # each with the hash of the file it names, as a sender could know it
        str(tmp_path / "matter" / "offer-as-filed.txt"): "the offer as filed\n",
        "../../victim.txt": "counsel's memo\n",
        "sub/memo.txt": "a memo in a subfolder of DIR\n",
    }
    for name, text in named.items():
        manifest["files"][name] = hashlib.sha256(text.encode()).hexdigest()
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    capsys.readouterr()
    assert cli.main(command) == 0
    said = capsys.readouterr().err
    for path, text in victims.items():
        if subfolder or path.parent != out / "sub":
            assert path.read_text(encoding="utf-8") == text, f"{path} was touched"
    assert "victim" not in said and "offer-as-filed" not in said and "memo" not in said, said
    assert all("/" not in name and "\\" not in name for name in read_manifest(out)["files"])
