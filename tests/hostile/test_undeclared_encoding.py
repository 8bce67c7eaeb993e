"""Undeclared 8-bit text is Windows-1252 unless it cannot be: EDGAR filers write on Windows,
and a detector's guess that swings with unrelated ASCII words must not turn "café" into
"cafÈ" in the filing."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_html, edited, offer

from amendtool.io.load import encoding_notices, load_document

ACCENTED = "The café “welcomes” you — at § 5, naïve résumé. "
# a cash tender in Windows-1252 HTML without a charset, three 8-bit bytes in all
TENDER = Path(__file__).parents[1] / "data" / "encodings" / "preferred-tender-1252.htm"
WORDS = "offer shares price cash tender holders financing condition subject will the not any"
ASCII_SENTENCES = st.lists(st.sampled_from(WORDS.split()), min_size=1, max_size=12).map(
    lambda words: " ".join(words).capitalize() + "."
)


def _text(path: Path) -> str:
    document = load_document(path)
    return "\n".join(p.text for s in document.sections for p in s.paragraphs)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sentence=ASCII_SENTENCES)
@example(sentence="The offer is not subject to any financing condition.")
def test_windows_1252_html_reads_as_written_whatever_ascii_is_added(
    sentence: str, tmp_path: Path
) -> None:
    path = tmp_path / "rev.htm"
    path.write_bytes(
        TENDER.read_bytes().replace(b"cash on hand. ", b"cash on hand. " + sentence.encode())
    )
    text = _text(path)
    assert "The café at our headquarters “welcomes” holders." in text
    assert sentence in text
    assert "cafÈ" not in text and "ìwelcomesî" not in text


def test_the_revision_with_an_added_sentence_reads_as_its_original(tmp_path: Path) -> None:
    original = tmp_path / "orig.htm"
    revised = tmp_path / "rev.htm"
    original.write_bytes(as_html(offer(extra=ACCENTED), None).encode("cp1252"))
    longer = ACCENTED + "Please review the new terms carefully before you decide."
    revised.write_bytes(as_html(edited(offer(extra=longer)), None).encode("cp1252"))
    first, second = load_document(original), load_document(revised)
    assert first.encoding == second.encoding == "cp1252"
    assert "The café “welcomes” you" in _text(revised)
    assert encoding_notices(first, second) == []


def test_mac_text_is_read_as_mac_only_where_windows_1252_cannot_read_it(tmp_path: Path) -> None:
    path = tmp_path / "offer.txt"
    # "è" is 0x8F in Mac Roman, a byte Windows-1252 leaves undefined
    path.write_bytes(
        ("1. Terms\n\nThe crème de la crème “offer” is here.\n" * 3).encode("mac_roman")
    )
    document = load_document(path)
    assert document.encoding == "mac_roman"
    assert "The crème de la crème “offer” is here." in _text(path)


def test_a_revision_read_in_another_encoding_than_its_original_is_named(tmp_path: Path) -> None:
    original = tmp_path / "orig.txt"
    revised = tmp_path / "rev.txt"
    original.write_bytes("1. Terms\n\nThe café “offer” is here.\n".encode("cp1252"))
    revised.write_bytes("1. Terms\n\nThe crème “offer” is here.\n".encode("mac_roman"))
    notices = encoding_notices(load_document(original), load_document(revised))
    assert len(notices) == 1
    assert "rev.txt" in notices[0] and "Mac" in notices[0] and "Windows-1252" in notices[0]


@given(stray=st.sampled_from([b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"]), at=st.integers(0, 3))
@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_one_stray_byte_leaves_windows_text_windows_text(
    tmp_path: Path, stray: bytes, at: int
) -> None:
    """A byte Windows-1252 leaves undefined, pasted anywhere into a Windows offer, is taken
    out and named where it was (it is no character: kept as U+FFFD it was drafted as an
    inserted word); the rest is read as written, never as Macintosh text."""
    words = ["1. Terms", "The café “desk” — naïve fee €5 ™.", "17. Forward Looking", "We may."]
    parts = [w.encode("cp1252") for w in words]
    parts[at] = stray + parts[at]
    path = tmp_path / "rev.txt"
    path.write_bytes(b"\n\n".join(parts) + b"\n")
    document = load_document(path)
    assert document.encoding == "cp1252"
    text = _text(path)
    assert "The café “desk” — naïve fee €5 ™." in text
    headings = [s.heading for s in document.sections]
    assert "\ufffd" not in text and not any("\ufffd" in h or "\x81" in h for h in headings)
    said = f"U+{stray[0]:04X} control character, at line {2 * at + 1}, column 1)"
    assert any(n.endswith(said) and "removed" in n for n in document.notices), document.notices


def test_a_file_read_as_mac_text_says_so(tmp_path: Path) -> None:
    path = tmp_path / "offer.txt"
    path.write_bytes(("1. Terms\n\nThe crème “offer” is here.\n" * 3).encode("mac_roman"))
    document = load_document(path)
    assert document.encoding == "mac_roman"
    assert any("Mac Roman" in n and "offer.txt" in n for n in document.notices)
