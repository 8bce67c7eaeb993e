"""A small binary file with a text name is refused by its content, naming that file: read as
text it became an "original" of junk, and the refusal then blamed the good revised file."""

from __future__ import annotations

import gzip
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import SAMPLE_FILING, text_pair
from test_input_gate import refused

from amendtool.cli import main
from amendtool.io.load import load_document

PNG = b"\x89PNG\r\n\x1a\n"
# random bytes: about one in ten a control code, half of them past ASCII and no UTF-8
BINARIES = {
    "png-and-random": PNG + random.Random(2).randbytes(1000),
    "random-300": random.Random(3).randbytes(300),
    "random-no-controls": bytes(random.Random(5).choices(range(32, 256), k=2000)),
    "gif": b"GIF89a" + bytes(random.Random(7).choices(range(32, 127), k=400)),
    "gzip": gzip.compress(b"Offer to Exchange " * 40),
    "nul-padded-words": b"Offer\x00\x00\x00to\x00\x00\x00Exchange\x00\x00\x00" * 40,
}


@pytest.mark.parametrize("content", BINARIES.values(), ids=BINARIES.keys())
def test_binary_content_named_txt_is_refused_naming_it(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(content)
    message = refused(path)
    assert message.startswith("picture.txt: ") and "not a text" in message, message
    assert "choose the offer document itself" in message, message  # what to do


def test_a_binary_original_is_named_not_the_revised_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _original, revised = text_pair(tmp_path)
    junk = tmp_path / "png.txt"
    junk.write_bytes(BINARIES["png-and-random"])
    out = tmp_path / "out"
    argv = ["draft", str(junk), str(revised), "--filing", str(SAMPLE_FILING), "--out", str(out)]
    assert main(argv) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("amendtool: png.txt: "), lines
    assert not out.exists()


def test_text_with_a_few_stray_controls_is_still_read(tmp_path: Path) -> None:
    _original, revised = text_pair(tmp_path)
    text = revised.read_text(encoding="utf-8").replace("Each new", "Each\x00 new\x07")
    revised.write_text(text, encoding="utf-8")
    document = load_document(revised)
    assert any("Each new option" in p.text for s in document.sections for p in s.paragraphs)


def test_an_original_that_is_no_offer_is_the_file_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _original, revised = text_pair(tmp_path)
    email = tmp_path / "email.txt"
    email.write_text(
        "Hi Dana,\n\nThanks for sending the draft over. I will read it tonight and call you "
        "tomorrow morning about the schedule for the board call.\n\nBest,\nSam\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    argv = ["draft", str(email), str(revised), "--filing", str(SAMPLE_FILING), "--out", str(out)]
    assert main(argv) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("amendtool: email.txt: "), lines
    assert "choose the original offer" in lines[0], lines
