"""A document or a project past the limits of what amendtool drafts from (a paragraph of two
million characters, tens of thousands of paragraphs or items) is refused by count, in one line
naming the file, before anything is compared: from a document on disk, from a project edited
by hand, on the command line and in the app alike (both read through the same gates)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_docx, as_html, as_text, edited, offer

from amendtool.core import text_limits
from amendtool.core.errors import InputError
from amendtool.io.load import load_document
from amendtool.io.project_file import load_project

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_FILING = ROOT / "resources" / "samples" / "filing.toml"
RENDER = {".txt": as_text, ".htm": as_html, ".docx": as_docx}
LONG = "These words go on. " * 110_000  # 2,090,000 characters in one paragraph


def _write(path: Path, rendered: str | bytes) -> Path:
    (path.write_bytes if isinstance(rendered, bytes) else path.write_text)(rendered)
    return path


@pytest.mark.parametrize("suffix", sorted(RENDER))
def test_a_paragraph_past_the_limit_is_refused_naming_it(suffix: str, tmp_path: Path) -> None:
    spec = offer(extra="These words go on. " * 3_000)  # 57,000 characters
    path = _write(tmp_path / f"offer{suffix}", RENDER[suffix](spec))
    with pytest.raises(InputError) as refused:
        load_document(path)
    message = str(refused.value)
    assert message.startswith(f"offer{suffix}: holds a paragraph of more than 50,000 characters")
    assert '("The terms of the offer are…")' in message
    assert "right file" in message and "\n" not in message


def test_a_long_paragraph_within_the_limit_is_read(tmp_path: Path) -> None:
    spec = offer(extra="These words go on. " * 2_000)  # 38,000 characters
    path = _write(tmp_path / "offer.txt", as_text(spec))
    texts = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert max(len(t) for t in texts) > 38_000


def test_the_limits_are_counted_not_timed() -> None:
    """One pass that stops at the first paragraph past the limit: the rest is not looked at."""
    looked: list[int] = []

    def pieces():  # type: ignore[no-untyped-def]
        for index in range(10):
            looked.append(index)
            yield ("x" * (text_limits.MAX_PARAGRAPH_CHARACTERS + 1 + index), False)

    assert "paragraph of 50,001" in (text_limits.text_excess(pieces()) or "")
    assert looked == [0]
    rows = text_limits.MAX_UNITS // 2
    assert text_limits.text_excess([("A row\tof two cells", True)] * rows) is None
    assert f"{rows * 2 + 2:,} paragraphs and table cells" in (
        text_limits.text_excess([("A row\tof two cells", True)] * (rows + 1)) or ""
    )


# a dense page of an offer: about 20 paragraphs and cells, about 4,000 characters
PAGE = [("Holders who tender their options may withdraw them before the expiration.", False)]
PAGE = PAGE * 15 + [("Grant date\t$12.50\t1,000\tVested", True)] * 2
PAGE.append(("x" * (4_000 - sum(len(t) for t, _ in PAGE)), False))


@pytest.mark.parametrize("pages", [150, 1_000, 3_000])
def test_a_real_offer_of_up_to_three_thousand_pages_is_within_the_limits(pages: int) -> None:
    """The limits guard against a file that is no offer; the longest offer counsel files
    (3,000 dense pages, annexes included) is drafted without anything lifted."""
    assert sum(t.count("\t") + 1 if row else 1 for t, row in PAGE) == 24
    assert sum(len(t) for t, _ in PAGE) == 4_000
    assert text_limits.text_excess(PAGE * pages) is None


def test_twice_the_longest_offer_is_refused() -> None:
    """Twice what the longest offer holds is no offer (a schedule pasted in, a generated
    file): the limits stay a guard."""
    said = text_limits.text_excess(PAGE * 6_000) or ""
    assert "paragraphs and table cells" in said and "more than amendtool drafts" in said


# --- projects edited by hand --------------------------------------------------------------
@pytest.fixture(scope="module")
def project_data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("project")
    original = _write(folder / "offer.txt", as_text(offer()))
    revised = _write(folder / "revised.txt", as_text(edited(offer())))
    project = folder / "offer.amend"
    command = [sys.executable, "-m", "amendtool", "draft", str(original), str(revised)]
    command += ["--filing", str(SAMPLE_FILING), "--out", str(folder / "out")]
    command += ["--project", str(project)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads(project.read_text(encoding="utf-8"))
    return data


def _first_paragraph(document: dict[str, Any]) -> dict[str, Any]:
    section = next(s for s in document["sections"] if s["paragraphs"])
    paragraph: dict[str, Any] = section["paragraphs"][0]
    return paragraph


def _long_original(data: dict[str, Any]) -> None:
    _first_paragraph(data["original"])["text"] = LONG


def _long_draft(data: dict[str, Any]) -> None:
    _first_paragraph(data["amendments"][0]["revised"])["text"] = LONG


def _many_paragraphs(data: dict[str, Any]) -> None:
    revised = data["amendments"][0]["revised"]
    section = next(s for s in revised["sections"] if s["paragraphs"])
    first = section["paragraphs"][0]
    section["paragraphs"] += [
        dict(first, id=f"extra-{i}", text=f"Paragraph {i} of the schedule.")
        for i in range(text_limits.MAX_UNITS)
    ]


def _many_items(data: dict[str, Any]) -> None:
    items = data["amendments"][0]["items"]
    items += [copy.deepcopy(items[0]) for _ in range(5_000)]


def _many_amendments(data: dict[str, Any]) -> None:
    data["amendments"] = [copy.deepcopy(data["amendments"][0]) for _ in range(300)]


EDITS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "long-original": (_long_original, "its original holds a paragraph of 2,090,000 characters"),
    "long-draft": (_long_draft, "the draft of Amendment No. 1 holds a paragraph of 2,090,000"),
    "many-paragraphs": (_many_paragraphs, "paragraphs and table cells"),
    "many-items": (_many_items, "Amendment No. 1 holds 5,00"),
    "many-amendments": (_many_amendments, "the project holds 300 amendments"),
}


def _spoilt(data: dict[str, Any], name: str, folder: Path) -> Path:
    spoil, _said = EDITS[name]
    changed = copy.deepcopy(data)
    spoil(changed)
    path = folder / f"{name}.amend"
    path.write_text(json.dumps(changed), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(EDITS))
def test_a_project_past_the_limits_is_refused_when_it_is_opened(
    name: str, project_data: dict[str, Any], tmp_path: Path
) -> None:
    path = _spoilt(project_data, name, tmp_path)
    with pytest.raises(InputError) as refused:
        load_project(path)
    message = str(refused.value)
    assert message.startswith(f"{name}.amend: ")
    assert EDITS[name][1] in message
    assert "changed outside amendtool" in message and "\n" not in message


@pytest.mark.parametrize("command", ["check", "export"])
def test_the_command_line_refuses_it_in_one_line_and_writes_nothing(
    command: str, project_data: dict[str, Any], tmp_path: Path
) -> None:
    path = _spoilt(project_data, "long-draft", tmp_path)
    out = tmp_path / "out"
    argv = [sys.executable, "-m", "amendtool", command, str(path)]
    argv += ["--out", str(out), "--force"] if command == "export" else []
    done = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("amendtool: long-draft.amend: the draft")
    assert not out.exists()
