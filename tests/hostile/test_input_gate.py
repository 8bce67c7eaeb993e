"""The input gate: one read, the kind told by content, text decoded once and cleaned."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_docx, as_html, as_text, offer

from amendtool.core.errors import InputError
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_FILING = ROOT / "resources" / "samples" / "filing.toml"


def words(path: Path) -> str:
    document = load_document(path)
    return "\n".join(p.text for s in document.sections for p in s.paragraphs)


def refused(path: Path) -> str:
    """The one-line message, from a read that must not block (run with a deadline)."""
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            load_document(path)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert outcome, f"reading {path} did not return"
    error = outcome[0]
    assert isinstance(error, InputError), f"{path} was not refused: {error!r}"
    assert "\n" not in str(error)
    return str(error)


@pytest.mark.parametrize(
    ("encoding", "charset"),
    [("utf-8", None), ("cp1252", None), ("cp1252", "iso-8859-1"), ("cp1252", "utf-8")],
)
def test_edgar_html_is_decoded_once_whatever_it_declares(
    encoding: str, charset: str | None, tmp_path: Path
) -> None:
    path = tmp_path / "offer.htm"
    path.write_bytes(as_html(offer(), charset).encode(encoding))
    text = words(path)
    assert "café — the usual one" in text
    assert "“Eligible Options” under § 5" in text
    assert "Ã" not in text and "â€" not in text


# Mac Roman text is read as Mac only where Windows-1252 cannot read it (test_undeclared_encoding)
@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-16-le", "utf-8-sig"])
def test_edgar_text_in_any_encoding_reads_as_written(encoding: str, tmp_path: Path) -> None:
    path = tmp_path / "offer.txt"
    path.write_bytes(as_text(offer()).encode(encoding))
    assert "We are offering to exchange your “Eligible Options” under § 5" in words(path)


def test_utf8_with_windows_1252_pasted_in_reads_each_part_as_written(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    pages = as_text(offer()).split("<PAGE>")
    path.write_bytes(
        b"<PAGE>".join(p.encode("cp1252" if i % 2 else "utf-8") for i, p in enumerate(pages))
    )
    document = load_document(path)
    text = "\n".join(p.text for s in document.sections for p in s.paragraphs)
    assert text.count("café — the usual one") == 4
    assert any("Windows-1252" in n for n in document.notices)


def test_control_characters_are_removed_and_their_place_named(tmp_path: Path) -> None:
    source = as_text(offer()).replace("Meet us", "Meet\x07 us\x1b\x00 \u202eat", 1)
    path = tmp_path / "controls.txt"
    path.write_text(source, encoding="utf-8")
    document = load_document(path)
    text = "\n".join(p.text for s in document.sections for p in s.paragraphs)
    assert "Meet us at the café" in text
    assert not any(c in text for c in "\x07\x1b\x00\u202e")
    line = source[: source.index("\x07")].count("\n") + 1
    assert any(f"U+0007 BEL, at line {line}, column" in n for n in document.notices), (
        document.notices
    )


def test_direction_overrides_in_word_text_are_removed_and_the_paragraph_named(
    tmp_path: Path,
) -> None:
    spec = offer()
    spec[1][1][0] = spec[1][1][0].replace("We are", "We \u202eare\u0085")
    path = tmp_path / "bidi.docx"
    path.write_bytes(as_docx(spec))
    document = load_document(path)
    assert "We are offering" in "\n".join(p.text for s in document.sections for p in s.paragraphs)
    assert any("U+202E" in n and '"We are offering' in n for n in document.notices)


def test_a_word_name_on_plain_text_is_refused_naming_both(tmp_path: Path) -> None:
    path = tmp_path / "offer.docx"
    path.write_text(as_text(offer()), encoding="utf-8")
    message = refused(path)
    assert "offer.docx" in message and ".docx" in message and "plain text" in message


def test_a_word_package_under_a_text_name_is_read_as_word(tmp_path: Path) -> None:
    path = tmp_path / "offer.txt"
    path.write_bytes(as_docx(offer()))
    document = load_document(path)
    assert any("is a Word document; read as Word" in n for n in document.notices)
    assert "1. Number of Options; Expiration Date" in [s.heading for s in document.sections]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "offer.txt"
    os.mkfifo(path)
    assert "not a regular file" in refused(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_before_reading() -> None:
    assert "not a regular file" in refused(Path("/dev/zero"))


def test_the_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(65 * 2**20)  # sparse: reading it would take the whole 65 MB
    assert "65 MB" in refused(path)


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_deeper_than_parsers_go_is_still_read(depth: int, tmp_path: Path) -> None:
    path = tmp_path / "deep.htm"
    path.write_text(as_html(offer(), body_wrapper=depth), encoding="utf-8")
    document = load_document(path)
    text = "\n".join(p.text for s in document.sections for p in s.paragraphs)
    assert "Each new option will vest over two years." in text
    assert [s.number for s in document.sections if s.number] == ["1", "2", "3", "4"]


def test_filing_details_refuse_control_characters_with_their_place(tmp_path: Path) -> None:
    path = tmp_path / "filing.toml"
    text = SAMPLE_FILING.read_text(encoding="utf-8")
    path.write_text(text.replace('"Delaware"', '"Dela\\u0007ware"'), encoding="utf-8")
    with pytest.raises(InputError) as refusal:
        load_filing(path)
    message = str(refusal.value)  # the field as the form names it, its key in brackets
    assert "State of incorporation holds U+0007 BEL at character 5" in message
    assert "(issuer.state_of_incorporation)" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_filing_details_come_through_the_same_gate(tmp_path: Path) -> None:
    path = tmp_path / "filing.toml"
    os.mkfifo(path)
    with pytest.raises(InputError, match="not a regular file"):
        load_filing(path)
