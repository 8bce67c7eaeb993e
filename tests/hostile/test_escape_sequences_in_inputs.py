"""A terminal's colour code typed or pasted into any input (a document, a hand-edited project,
filing.toml) never reaches the filing, not even as the "[31m" left when only its ESC is
taken out; the file and the place are named."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from amendtool.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
ORIGINAL, REVISED = SAMPLES / "offer-to-exchange.txt", SAMPLES / "offer-to-exchange-revised.txt"
FILING = SAMPLES / "filing.toml"
COLOUR = "\x1b[31m"


def _written_text(out: Path) -> str:
    """Every output's text, the Word files' XML included."""
    texts = []
    for path in sorted(out.iterdir()):
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as package:
                texts += [
                    package.read(n).decode("utf-8")
                    for n in package.namelist()
                    if n.endswith(".xml")
                ]
        else:
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(texts)


def _draft(tmp_path: Path, original: Path, revised: Path, *extra: str) -> list[str]:
    out = str(tmp_path / "out")
    return ["draft", str(original), str(revised), "--filing", str(FILING), "--out", out, *extra]


def test_a_colour_code_in_a_document_is_taken_out_whole_and_its_place_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    revised = tmp_path / "revised.txt"
    text = REVISED.read_text(encoding="utf-8")
    assert "Eligible Options" in text
    revised.write_text(text.replace("Eligible Options", f"Eligible {COLOUR}Options", 1))
    assert main(_draft(tmp_path, ORIGINAL, revised)) == 0
    err = capsys.readouterr().err
    assert "escape sequence ESC[31m" in err
    assert "at line" in err
    written = _written_text(tmp_path / "out")
    assert "[31m" not in written
    assert "\x1b" not in written


def test_a_colour_code_typed_into_a_project_is_named_and_never_filed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "hand-edited.amend"
    assert main(_draft(tmp_path, ORIGINAL, REVISED, "--project", str(project))) == 0
    data = json.loads(project.read_text(encoding="utf-8"))
    paragraph = data["original"]["sections"][1]["paragraphs"][0]
    paragraph["text"] = f"Bad {COLOUR} \x07 " + paragraph["text"]
    for item in data["amendments"][0]["items"]:  # counsel's paragraphs, one with the code
        item["plain_override"] = f"This change {COLOUR}clarifies the offer for you."
    project.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["export", str(project), "--out", str(tmp_path / "out2"), "--force"]) == 0
    err = capsys.readouterr().err
    named = [line for line in err.splitlines() if "escape sequence" in line]
    assert len(named) == 1, err  # one line for the file, however many places
    assert "hand-edited.amend" in named[0]
    assert "the original offer saved in it, section 2, paragraph 1" in named[0]
    assert "ESC[31m" in named[0]
    written = _written_text(tmp_path / "out2")
    assert "[31m" not in written
    assert "clarifies the offer for you" in written


def test_a_colour_code_in_filing_details_is_refused_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filing = tmp_path / "filing.toml"
    text = FILING.read_text(encoding="utf-8")
    assert "[agent]" in text
    start = text.index("[agent]")
    at = text.index('name = "', start) + len('name = "')
    filing.write_text(text[:at] + "\\u001b[31m" + text[at:], encoding="utf-8")
    argv = ["draft", str(ORIGINAL), str(REVISED), "--filing", str(filing)]
    assert main([*argv, "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("amendtool: filing.toml: ")
    assert "escape sequence ESC[31m" in err
    assert "(agent.name)" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_project_saved_again_by_a_windows_editor_opens_saying_how_it_was_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Edited by hand in a program that saved it in Windows-1252: it is the project, not "not
    an amendtool project"; its accented words read as typed, and a line says how."""
    project = tmp_path / "edited.amend"
    assert main(_draft(tmp_path, ORIGINAL, REVISED, "--project", str(project))) == 0
    data = json.loads(project.read_text(encoding="utf-8"))
    paragraph = data["original"]["sections"][1]["paragraphs"][0]
    paragraph["text"] = "Caf\u00e9 " + paragraph["text"]
    project.write_bytes(json.dumps(data, ensure_ascii=False).encode("cp1252"))
    capsys.readouterr()
    assert main(["check", str(project)]) in (0, 1)
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if "Windows-1252" in line]
    assert len(said) == 1 and said[0].startswith("amendtool: edited.amend: "), err
    from amendtool.io.project_file import load_project

    opened = load_project(project).series.original.sections[1].paragraphs[0].text
    assert opened.startswith("Caf\u00e9 ")
