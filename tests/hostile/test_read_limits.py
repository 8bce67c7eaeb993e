"""A paragraph past the limits is refused as the file is read, before the reader builds it:
a Word paragraph of a million runs, or one <p> of millions of tags, would take gigabytes
before a count of the finished paragraphs could see it. Shown here by the builder never
being called, not by measuring memory."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
import lxml.html
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_docx, as_html, as_text, offer

from amendtool.core import text_limits
from amendtool.core.errors import InputError
from amendtool.io.load import load_document

RENDER = {".txt": as_text, ".htm": as_html, ".docx": as_docx}
# what builds a format's paragraphs: it must not run on a file past the limits
BUILDERS = {
    ".htm": (lxml.html, "document_fromstring"),
    ".docx": ("amendtool.io.docx_reader", "open_docx"),
    ".txt": ("amendtool.io.edgar_text_reader", "edgar_text_blocks"),
}


def _never(*args: object, **kwargs: object) -> None:
    raise AssertionError("the paragraphs were built from a file past the limits")


def _refused(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    owner, name = BUILDERS[path.suffix]
    if isinstance(owner, str):
        monkeypatch.setattr(f"{owner}.{name}", _never)
    else:
        monkeypatch.setattr(owner, name, _never)
    with pytest.raises(InputError) as refused:
        load_document(path)
    message = str(refused.value)
    assert message.startswith(f"{path.name}: holds ") and "\n" not in message
    assert message.endswith("check that it is the right file, or leave out the schedules")
    return message


def _write(path: Path, rendered: str | bytes) -> Path:
    (path.write_bytes if isinstance(rendered, bytes) else path.write_text)(rendered)
    return path


@pytest.mark.parametrize("suffix", sorted(RENDER))
def test_a_long_paragraph_is_refused_before_it_is_built(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = offer(extra="These words go on. " * 3_000)  # 57,000 characters
    path = _write(tmp_path / f"offer{suffix}", RENDER[suffix](spec))
    message = _refused(path, monkeypatch)
    assert "a paragraph of more than 50,000 characters" in message
    assert '("The terms of the offer are…")' in message


def _many_runs_docx(runs: int) -> bytes:
    document = docx.Document()
    document.add_paragraph().add_run("1. Eligibility").bold = True
    paragraph = document.add_paragraph("Options granted ")
    for index in range(runs):
        paragraph.add_run(f"w{index} ").bold = index % 2 == 0
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_paragraph_of_too_many_runs_is_refused_before_it_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_limits, "MAX_PARAGRAPH_PIECES", 300)
    path = _write(tmp_path / "runs.docx", _many_runs_docx(400))
    message = _refused(path, monkeypatch)
    assert 'a paragraph of more than 300 runs of formatting ("Options granted w0 w1' in message


def test_an_html_paragraph_of_too_many_tags_is_refused_before_it_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_limits, "MAX_PARAGRAPH_PIECES", 300)
    tags = "".join(f"<b>w{index}</b> <i></i>" for index in range(200))
    page = as_html(offer()).replace("</body>", f"<p>Options granted {tags}</p></body>")
    message = _refused(_write(tmp_path / "tags.htm", page), monkeypatch)
    assert 'a paragraph of more than 300 tags ("Options granted w0 w1 w2 w3…")' in message


def test_the_same_paragraphs_set_apart_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs and tags are counted for each paragraph, not for the document: a cell, a rule or
    a script between them starts the count again."""
    monkeypatch.setattr(text_limits, "MAX_PARAGRAPH_PIECES", 300)
    tags = "".join(
        f"<p>Grant <b>{index}</b></p><script>{'x' * 99}</script>" for index in range(400)
    )
    path = _write(tmp_path / "set-apart.htm", as_html(offer()).replace("</body>", tags + "</body>"))
    texts = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert "Grant 399" in texts


@pytest.mark.parametrize("suffix", [".htm", ".docx"])
def test_markup_past_the_limit_is_refused_before_it_is_built(
    suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_limits, "MAX_ELEMENTS", 10)
    path = _write(tmp_path / f"offer{suffix}", RENDER[suffix](offer()))
    message = _refused(path, monkeypatch)
    assert "holds more than 10 pieces of markup" in message


def test_a_runaway_line_of_text_is_refused_before_it_is_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each decoded copy of a line of 60 MB is 60 MB: a line far past the limit in bytes is
    counted from the bytes, a slice at a time."""
    monkeypatch.setattr("amendtool.io.load.decode_text", _never)
    line = "The offer is extended. " * 12_000  # 276,000 bytes
    path = _write(tmp_path / "line.txt", as_text(offer()) + line + "\n")
    message = _refused(path, monkeypatch)
    assert 'a paragraph of more than 50,000 characters ("The offer is extended. The offer…")' in (
        message
    )


def test_a_text_of_more_lines_than_an_offer_is_refused_by_their_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_limits, "MAX_TEXT_LINES", 20)
    monkeypatch.setattr("amendtool.io.load.decode_text", _never)
    lines = "".join(f"{number}. HEADING {number}.\n" for number in range(1, 31))
    message = _refused(_write(tmp_path / "lines.txt", lines), monkeypatch)
    assert "holds 30 lines of text, more than amendtool reads from one document (20;" in message
