"""The checks prove the redline can be written by replaying it on the original; an export
that follows inside the same run writes that replay instead of making it again, and its
files are the same, byte for byte, as an export that replays on its own."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import built_once
from amendtool.io import redline_docx
from amendtool.io.load import load_document
from amendtool.io.outputs import CONFORMED_DOCX, REDLINE_DOCX, OutputOptions, write_outputs
from tests.conftest import SAMPLES

WHEN = dt.datetime(2026, 5, 4, 15, 42, 7, tzinfo=dt.UTC)
AUTHOR = "Jane Roe (Roe & Doe LLP)"


@pytest.fixture
def amendment() -> Amendment:
    before = load_document(SAMPLES / "offer-to-exchange.docx")
    after = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    return draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))


@pytest.fixture
def replays(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each replay of the redline on the original's Word file, counted."""
    counted: list[int] = []
    real = redline_docx.base_document

    def counting(filed):  # type: ignore[no-untyped-def]
        counted.append(1)
        return real(filed)

    monkeypatch.setattr(redline_docx, "base_document", counting)
    return counted


def members(data: bytes) -> dict[str, bytes]:
    """A Word file's parts (the zip's own entry times left out)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def review_files(amendment: Amendment, folder: Path) -> dict[str, dict[str, bytes]]:
    names = [REDLINE_DOCX, CONFORMED_DOCX]
    write_outputs(amendment, folder, names, options=OutputOptions(AUTHOR, WHEN))
    return {name: members((folder / name).read_bytes()) for name in names}


def test_checks_then_export_replay_the_redline_once(
    amendment: Amendment, replays: list[int], tmp_path: Path
) -> None:
    with built_once():
        findings = run_checks(amendment)
        review_files(amendment, tmp_path)
    assert not [f for f in findings if f.code == "review-unwritable"]
    assert len(replays) == 1


def test_the_shared_replay_writes_the_same_files(amendment: Amendment, tmp_path: Path) -> None:
    alone = review_files(amendment, tmp_path / "alone")
    with built_once():
        run_checks(amendment)
        shared = review_files(amendment, tmp_path / "shared")
    assert shared == alone
    redline = shared[REDLINE_DOCX]["word/document.xml"].decode("utf-8")
    assert redline.count("w:author=") > 10
    assert redline.count(f'w:author="{AUTHOR.replace("&", "&amp;")}"') == redline.count("w:author=")
    assert redline.count('w:date="2026-05-04T15:42:07Z"') == redline.count("w:date=")


def test_a_second_export_in_the_same_run_replays_again(
    amendment: Amendment, replays: list[int], tmp_path: Path
) -> None:
    """The replay is written once: a second export (another author) makes its own."""
    with built_once():
        run_checks(amendment)
        first = review_files(amendment, tmp_path / "first")
        other = write_outputs(
            amendment,
            tmp_path / "other",
            [REDLINE_DOCX],
            options=OutputOptions("A. N. Other", WHEN),
        )
    assert len(replays) == 2
    assert b"A. N. Other" in members(other[0].read_bytes())["word/document.xml"]
    assert AUTHOR.replace("&", "&amp;").encode() in first[REDLINE_DOCX]["word/document.xml"]


def test_every_output_written_after_the_checks_is_the_one_written_alone(
    amendment: Amendment, tmp_path: Path
) -> None:
    """What the checks and the outputs share (the filing, the notice, its exhibit, the
    redline) changes no file: each is the same as when it is written on its own."""
    from amendtool.io.outputs import renderers

    options = OutputOptions(AUTHOR, WHEN)
    with built_once():
        run_checks(amendment)
        together = write_outputs(amendment, tmp_path / "together", options=options)
    names = [path.name for path in together]
    assert sorted(names) == sorted(renderers(amendment, options))
    for name in names:
        alone = write_outputs(amendment, tmp_path / name, [name], options=options)[0]
        mine, theirs = (tmp_path / "together" / name).read_bytes(), alone.read_bytes()
        if name.endswith(".docx"):
            assert members(mine) == members(theirs), name
        else:
            assert mine == theirs, name


def test_every_kind_of_mark_the_replay_makes_is_stamped() -> None:
    """The export restamps the checks' marks by their kinds (Revisions.TAGS): each kind a
    replay can make, in the body or a note, carries counsel's name and time."""
    import datetime as dt

    import docx
    from docx.oxml.ns import qn

    from amendtool.io._oxml_revisions import Revisions
    from amendtool.io.review_check import PLACEHOLDER_AUTHOR, PLACEHOLDER_WHEN, _stamp

    word = docx.Document()
    paragraph = word.add_paragraph("Offer")._p
    placeholder = Revisions(PLACEHOLDER_AUTHOR, PLACEHOLDER_WHEN)
    for tag in Revisions.TAGS:
        paragraph.append(placeholder.mark(tag))
    paragraph.append(Revisions("Someone Else", PLACEHOLDER_WHEN).mark("w:ins"))
    _stamp(word, Revisions("Jane Roe", dt.datetime(2026, 4, 1, 12, tzinfo=dt.UTC)))
    authors = [m.get(qn("w:author")) for m in paragraph.iter(*map(qn, Revisions.TAGS))]
    assert authors == ["Jane Roe"] * len(Revisions.TAGS) + ["Someone Else"]


def test_the_conformed_copy_is_the_redline_written_with_its_changes_accepted(
    amendment: Amendment, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Accepted in place once the redline is written, not read back from its bytes (a long
    table's document parsed twice): the same parts as the redline read back and accepted."""
    import docx

    from amendtool.io.docx_notes import notes_roots
    from amendtool.io.docx_properties import stamp
    from amendtool.io.revision_text import accept_all

    parsed: list[int] = []
    real = docx.Document

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        parsed.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(docx, "Document", counting)
    made = redline_docx.build_review_documents(amendment, AUTHOR, WHEN)
    assert len(parsed) == 1  # the original's Word file, once
    monkeypatch.setattr(docx, "Document", real)
    read_back = docx.Document(io.BytesIO(made.redline))
    for root in [read_back.element.body, *notes_roots(read_back)]:
        accept_all(root)
    title = amendment.filing.document_title
    number = amendment.filing.amendment_number
    moment = WHEN
    stamp(read_back, f"{title}, as amended through Amendment No. {number}", AUTHOR, moment)
    buffer = io.BytesIO()
    read_back.save(buffer)
    expected, conformed = members(buffer.getvalue()), members(made.conformed)
    assert expected["word/document.xml"] == conformed["word/document.xml"]
    assert expected.keys() == conformed.keys()
