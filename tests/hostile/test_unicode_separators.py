"""Unicode's line and paragraph separators (U+2028, U+2029) split lines and paragraphs as a
reader expects, and never reach an output as odd characters.

Text pasted or exported from other programs carries them: an offer saved with U+2029
between its paragraphs was read as one run of lines; a plain paragraph typed with one was
taken as one paragraph, and a whole offer so written was taken as counsel's plain paragraph;
a separator inside Word text was copied into the redline and the conformed offer.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import SAMPLE_FILING, as_docx, as_html, as_text, edited, offer

from amendtool.cli import main
from amendtool.io.load import load_document

SEPARATORS = ("\u2028", "\u2029")
LINES = "First line of the paragraph.\u2028Second line of it."
PARAGRAPHS = f"{LINES}\u2029A new paragraph after a separator."


def with_separators() -> list[tuple[str, list[str]]]:
    spec = offer()
    spec[2][1][0] = PARAGRAPHS
    return spec


def read(path: Path) -> tuple[list[str], list[str]]:
    """The section headings and the paragraphs of the offer as read."""
    document = load_document(path)
    paragraphs = [p.text for s in document.sections for p in s.paragraphs]
    return [s.heading for s in document.sections], paragraphs


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_an_offer_saved_with_paragraph_separators_reads_its_paragraphs(
    encoding: str, tmp_path: Path
) -> None:
    spec = offer()
    lines = [line for heading, paragraphs in spec for line in (heading, *paragraphs)]
    path = tmp_path / "offer.txt"
    path.write_text("\u2029".join(lines), encoding=encoding)
    headings, paragraphs = read(path)
    assert all(heading in headings for heading, _ in spec[1:]), headings
    assert all(p in paragraphs for _, written in spec[1:] for p in written)
    assert not any(c in t for t in headings + paragraphs for c in SEPARATORS)


def test_separators_in_a_text_offer_part_lines_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "offer.txt"
    path.write_text(as_text(with_separators()), encoding="utf-8")
    headings, paragraphs = read(path)
    assert "A new paragraph after a separator." in paragraphs
    assert all(heading in headings for heading, _ in offer()[1:])
    assert not any(c in t for t in headings + paragraphs for c in SEPARATORS)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("separators")
    original, revised = folder / "original.txt", folder / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    amend = folder / "p.amend"
    argv = ["draft", str(original), str(revised), "--filing", str(SAMPLE_FILING)]
    assert main([*argv, "--out", str(folder / "out"), "--project", str(amend)]) == 0
    return amend


def plain_of(project: Path) -> Any:
    data = json.loads(project.read_text(encoding="utf-8"))
    return [i.get("plain_override") for a in data["amendments"] for i in a["items"]]


def test_a_plain_paragraph_parted_by_a_separator_is_two_paragraphs(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = project.read_bytes()
    assert main(["plain", str(project), "A", "--text", "Expires later.\u2029Call us."]) == 2
    error = capsys.readouterr().err.strip()
    assert "holds 2 paragraphs" in error and "\n" not in error
    whole = tmp_path / "whole-offer.txt"
    lines = [line for heading, paragraphs in offer() for line in (heading, *paragraphs)]
    whole.write_text("\u2029".join(lines), encoding="utf-16")
    assert main(["plain", str(project), "A", "--file", str(whole)]) == 2
    error = capsys.readouterr().err.strip()
    assert "whole-offer.txt" in error and "headings" in error and "\n" not in error
    assert project.read_bytes() == before
    assert main(["plain", str(project), "A", "--text", "Expires later.\u2028Call us."]) == 0
    assert "Expires later. Call us." in plain_of(project)


@pytest.mark.parametrize("kind", ["docx", "htm", "txt"])
def test_no_separator_reaches_an_output(kind: str, tmp_path: Path) -> None:
    spec = with_separators()
    original, revised = tmp_path / f"original.{kind}", tmp_path / f"revised.{kind}"
    if kind == "docx":
        original.write_bytes(as_docx(spec))
        revised.write_bytes(as_docx(edited(spec)))
    elif kind == "htm":
        original.write_text(as_html(spec).replace("\u2028", "&#8232;").replace("\u2029", "&#8233;"))
        revised.write_text(as_html(edited(spec)))
    else:
        original.write_text(as_text(spec))
        revised.write_text(as_text(edited(spec)))
    out = tmp_path / "out"
    argv = ["draft", str(original), str(revised), "--filing", str(SAMPLE_FILING)]
    argv += ["--out", str(out)]
    assert main(argv) == 0
    written = sorted(out.iterdir())
    assert len(written) > 5
    for path in written:
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as package:
                names = [n for n in package.namelist() if n.endswith((".xml", ".rels"))]
                text = "".join(package.read(n).decode("utf-8") for n in names)
        else:
            text = path.read_text(encoding="utf-8", errors="replace")
        assert not any(c in text for c in SEPARATORS), path.name
