"""A draft written while the plain notice still has placeholders for counsel says so in
every file a reader could take for the filing or the notice (the EDGAR .txt and .htm of the
Schedule TO and of the notice exhibit, the Word filing and notice), and its summary line
says how many remain; once counsel has written them, the same draft is unmarked."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import docx

from tests.conftest import SAMPLES

MARK = "NOT FOR FILING"
FILES = (
    "schedule-to-amendment.txt",
    "schedule-to-amendment.htm",
    "exhibit-a6.txt",
    "exhibit-a6.htm",
    "schedule-to-amendment.docx",
    "employee-notice.docx",
)


def amendtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "amendtool", *args], capture_output=True, text=True, timeout=180
    )


def _draft(out: Path, project: Path) -> subprocess.CompletedProcess[str]:
    drafted = amendtool(
        "draft",
        str(SAMPLES / "offer-to-exchange.txt"),
        str(SAMPLES / "offer-to-exchange-revised.txt"),
        "--filing",
        str(SAMPLES / "filing.toml"),
        "--out",
        str(out),
        "--project",
        str(project),
    )
    assert drafted.returncode == 0, drafted.stderr
    return drafted


def _first_line(path: Path) -> str:
    """What a reader sees first: the .txt's first line, the .htm body's first paragraph's
    text, the .docx body's first paragraph (and every page header, checked apart)."""
    if path.suffix == ".txt":
        return path.read_text(encoding="ascii").splitlines()[0]
    if path.suffix == ".htm":
        body = path.read_text(encoding="ascii").split("<body", 1)[1].split(">", 1)[1]
        return re.sub(r"<[^>]+>", "", body.split("</p>", 1)[0])
    return docx.Document(io.BytesIO(path.read_bytes())).paragraphs[0].text


def _headers(path: Path) -> list[str]:
    document = docx.Document(io.BytesIO(path.read_bytes()))
    return [
        "\n".join(p.text for p in s.header.paragraphs)
        for s in document.sections
        if not s.header.is_linked_to_previous
    ]


def test_a_draft_with_placeholders_is_marked_in_every_filing_file(tmp_path: Path) -> None:
    from amendtool.io.project_file import load_project, save_project

    out, project = tmp_path / "draft", tmp_path / "p.amend"
    drafted = _draft(out, project)
    summary = drafted.stdout.strip().splitlines()[-1]
    waiting = [line for line in drafted.stderr.splitlines() if "still has a placeholder" in line]
    assert waiting, drafted.stderr
    assert re.search(r"; 3 placeholders for counsel remain \(.*DRAFT.*\); wrote ", summary), summary
    for name in FILES:
        first = _first_line(out / name)
        assert first.startswith("DRAFT") and MARK in first, (name, first)
        assert "3 placeholders" in (out / name).read_bytes().decode("utf-8", "replace") or (
            name.endswith(".docx")
        )
    for name in ("schedule-to-amendment.docx", "employee-notice.docx"):
        headers = _headers(out / name)
        assert headers and all(MARK in h for h in headers), (name, headers)
        title = docx.Document(io.BytesIO((out / name).read_bytes())).core_properties.title
        assert title.startswith("DRAFT"), title
    # the review copies are working documents by name; items.json is data
    assert MARK not in (out / "items.json").read_text(encoding="utf-8")

    saved = load_project(project)
    for item in saved.items:
        item.set_plain_summary("We changed this to make the offer clearer for you.")
    save_project(saved, project)
    again = _draft(tmp_path / "again", project)
    assert "placeholder" not in again.stdout, again.stdout
    for name in FILES:
        assert MARK not in _first_line(tmp_path / "again" / name), name
    exported = amendtool("export", str(project), "--out", str(tmp_path / "out"))
    assert exported.returncode == 0, exported.stderr
    for name in FILES:
        assert MARK not in _first_line(tmp_path / "out" / name), name
