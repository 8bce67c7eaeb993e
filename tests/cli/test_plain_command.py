"""`amendtool plain`: counsel writes the notice's plain paragraph for an item from the command
line; check and export use it; a re-draft keeps it while the change is the same and flags it
when the change has changed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES

PLACEHOLDERS = "ACDEF"  # the sample's items whose paragraphs the tool cannot write


def amendtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "amendtool", *args], capture_output=True, text=True, timeout=120
    )


def draft(tmp_path: Path, revised: Path, project: Path) -> subprocess.CompletedProcess[str]:
    return amendtool(
        "draft", str(SAMPLES / "offer-to-exchange.txt"), str(revised),
        "--filing", str(SAMPLES / "filing.toml"), "--out", str(tmp_path / "draft"),
        "--project", str(project),
    )  # fmt: skip


def test_counsel_writes_every_plain_paragraph_then_export_uses_them(tmp_path: Path) -> None:
    project = tmp_path / "p.amend"
    revised = tmp_path / "revised.txt"
    shutil.copy(SAMPLES / "offer-to-exchange-revised.txt", revised)
    assert draft(tmp_path, revised, project).returncode == 0
    words = tmp_path / "c.txt"
    words.write_text("We made the conditions clearer.\nThey work as before.\n", encoding="utf-8")
    for item in PLACEHOLDERS:
        given = ["--file", str(words)] if item == "C" else ["--text", f"We changed part {item}."]
        written = amendtool("plain", str(project), item.lower(), *given)
        assert written.returncode == 0, written.stderr
        assert f"item {item}: counsel's plain paragraph kept" in written.stdout
    checked = amendtool("check", str(project))
    assert "placeholder" not in checked.stderr, checked.stderr

    redrafted = draft(tmp_path, revised, project)  # the same changes: counsel's words stay
    assert redrafted.returncode == 0 and "placeholder" not in redrafted.stderr
    out = tmp_path / "out"
    exported = amendtool("export", str(project), "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    items = json.loads((out / "items.json").read_text(encoding="utf-8"))["items"]
    by_letter = {i["letter"]: i["plain_text"] for i in items}
    assert by_letter["A"] == "We changed part A."
    assert by_letter["C"] == "We made the conditions clearer. They work as before."


def test_a_paragraph_recorded_by_hand_is_used_and_a_changed_change_flags_it(
    tmp_path: Path,
) -> None:
    project = tmp_path / "p.amend"
    revised = tmp_path / "revised.txt"
    text = (SAMPLES / "offer-to-exchange-revised.txt").read_text(encoding="utf-8")
    revised.write_text(text, encoding="utf-8")
    assert draft(tmp_path, revised, project).returncode == 0
    data = json.loads(project.read_text(encoding="utf-8"))
    (entry,) = [a for a in data["amendments"]] if "amendments" in data else [data]
    entry["items"][0]["plain_override"] = "Counsel wrote this in the project file."
    project.write_text(json.dumps(data), encoding="utf-8")
    checked = amendtool("check", str(project))
    assert "item A: the notice's plain paragraph still has a placeholder" not in checked.stderr
    waiting = [
        line.split(":")[2].strip()
        for line in checked.stderr.splitlines()
        if "the notice's plain paragraph still has a placeholder" in line
    ]
    assert waiting == ["item C", "item D"]  # A is written; E and F only clarify

    assert "within one business day" in text.lower()
    revised.write_text(text.replace("one business day", "three business days"), encoding="utf-8")
    written = amendtool("plain", str(project), "B", "--text", "We will tell you sooner.")
    assert written.returncode == 0, written.stderr
    redrafted = draft(tmp_path, revised, project)
    assert redrafted.returncode == 0, redrafted.stderr
    assert (
        "warning: item B: counsel's plain paragraph (\u201cWe will tell you sooner.\u201d) "
        "was written before this change last changed, so the notice uses the tool's"
    ) in redrafted.stderr
    assert "item A: the notice's plain paragraph still has a placeholder" not in redrafted.stderr
    assert "(items A-" not in redrafted.stderr and "(items A, " not in redrafted.stderr


def test_an_unknown_item_or_an_empty_paragraph_is_one_line(tmp_path: Path) -> None:
    project = tmp_path / "p.amend"
    revised = SAMPLES / "offer-to-exchange-revised.txt"
    assert draft(tmp_path, revised, project).returncode == 0
    before = project.read_bytes()
    unknown = amendtool("plain", str(project), "Q", "--text", "Words.")
    assert unknown.returncode == 2
    assert unknown.stderr.strip().splitlines() == [
        "amendtool: p.amend: has no item Q (it has items A to F)"
    ]
    empty = amendtool("plain", str(project), "A", "--text", "  ")
    assert empty.returncode == 2 and "is empty" in empty.stderr
    assert project.read_bytes() == before


def test_an_unknown_item_of_a_one_item_amendment_names_that_item(tmp_path: Path) -> None:
    project = tmp_path / "p.amend"
    revised = tmp_path / "revised.txt"
    text = (SAMPLES / "offer-to-exchange.txt").read_text(encoding="utf-8")
    assert text.count("forward-looking statements. All") == 1
    revised.write_text(
        text.replace("forward-looking statements. All", "forward-looking statements. Any"),
        encoding="utf-8",
    )
    assert draft(tmp_path, revised, project).returncode == 0
    unknown = amendtool("plain", str(project), "B", "--text", "Words.")
    assert unknown.stderr.strip().splitlines() == [
        "amendtool: p.amend: has no item B (it has item A)"
    ]
