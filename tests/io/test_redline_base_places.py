"""The redline ties the original's paragraphs to the Word elements it edits by the places its
loading kept, instead of reading and grouping the whole file again: the document it gets that
way must be, field by field and element by element, the one the second reading gave."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amendtool.core.errors import InputError
from amendtool.core.model import Document
from amendtool.core.structure import build_document
from amendtool.io import redline_base, word_places
from amendtool.io.docx_notes import make_notes_editable
from amendtool.io.docx_reader import walk_docx
from amendtool.io.load import load_document
from amendtool.io.word_places import WordPlaces, kept_places, placed
from tests.hostile.documents import as_docx, edited, offer

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.docx"))


def _read_twice(path: Path) -> WordPlaces | None:
    """Load `path`; when its places were kept, the document they give equals the one read
    again from the base tree the redline edits (every field, the look, each element)."""
    try:
        original = load_document(path, places=True)
    except InputError:
        return None
    word = docx.Document(io.BytesIO(path.read_bytes()))
    make_notes_editable(word)
    redline_base._as_read(word)
    walked = build_document(walk_docx(word).blocks)
    places = kept_places(original.sha256)
    if places is None:
        return None
    fast = placed(places, word.element)
    assert fast == walked
    assert len(fast.sections) == len(walked.sections)
    for a, b in zip(fast.sections, walked.sections, strict=True):
        assert a.heading_source is b.heading_source
        assert len(a.paragraphs) == len(b.paragraphs)
        for p, q in zip(a.paragraphs, b.paragraphs, strict=True):
            assert p.source is q.source
            assert p.look == q.look
    return places


def _word(path: Path, build: list[tuple[str, str]]) -> Path:
    """A Word file of headings and paragraphs; a paragraph may carry a tracked insertion,
    hidden words, a line separator, an invisible character, or be a table row."""
    document = docx.Document()
    for kind, text in build:
        if kind == "heading":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "row":
            document.add_table(rows=1, cols=2).rows[0].cells[0].text = text
        elif kind == "inserted":
            p = document.add_paragraph(text)
            ins = OxmlElement("w:ins", {qn("w:id"): "7", qn("w:author"): "A"})
            ins.append(p._p.r_lst[0])
            p._p.append(ins)
        elif kind == "hidden":
            p = document.add_paragraph(text)
            p.add_run(" secret").font.hidden = True
        elif kind == "separator":
            document.add_paragraph(text.replace(" ", "\u2028", 1))
        elif kind == "invisible":
            document.add_paragraph(text.replace(" ", "\u200b ", 1))
        else:
            document.add_paragraph(text)
    document.save(path)
    return path


_SENTENCE = st.sampled_from(
    [
        "The Company is offering to exchange eligible options for new options.",
        "1. Purpose of the Offer.",
        "2. Conditions of the Offer.",
        "Holders may withdraw tendered options at any time before the expiration date.",
        "SUMMARY TERM SHEET",
        "(a) the exchange ratio; and",
        "Shares  |  Price",
    ]
)
_KIND = st.sampled_from(
    ["plain", "plain", "plain", "heading", "row", "inserted", "hidden", "separator", "invisible"]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(_KIND, _SENTENCE), min_size=1, max_size=25))
def test_places_give_the_document_read_again(tmp_path: Path, build: list[tuple[str, str]]) -> None:
    path = _word(tmp_path / "offer.docx", build)
    places = _read_twice(path)
    if any(kind in ("inserted", "hidden", "invisible") for kind, _ in build):
        assert places is None  # read again: the reading took something out of the file


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_samples(path: Path) -> None:
    assert _read_twice(path) is not None


def test_hostile_word_files(tmp_path: Path) -> None:
    # words Word does not print: in turn hidden, deleted, in a text box's fallback copy
    for way, unprinted in enumerate(["", "unprinted words"]):
        for index, spec in enumerate([offer(), edited(offer()), offer(12, "extra words")]):
            path = tmp_path / f"{way}-{index}.docx"
            path.write_bytes(as_docx(spec, unprinted))
            kept = _read_twice(path)
            assert (kept is not None) == (way == 0)


def test_corpus_word_cases(tmp_path: Path) -> None:
    from tests.corpus.build import case_dirs, case_files

    read = 0
    for case in case_dirs():
        if "-docx-" in case.name:
            for path in case_files(case, tmp_path / case.name):
                read += _read_twice(path) is not None
    assert read >= 2


def test_long_offer_pair() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_engine

    for moving in (True, False):
        for name, path in bench_engine.files_for(300, moving).items():
            if Path(path).suffix == ".docx":
                assert _read_twice(Path(path)) is not None, name


def test_the_redline_reads_the_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The count of work: a Word original that held no tracked change is not walked again."""
    original = load_document(SAMPLES[0], places=True)
    walks: list[object] = []
    real = redline_base.walk_docx
    monkeypatch.setattr(redline_base, "walk_docx", lambda w: walks.append(w) or real(w))
    _, mapped, notes = redline_base.base_document(original)
    assert walks == [] and notes == []
    assert all(p.source is not None for p in mapped.paragraphs())


def test_a_tracked_change_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _word(
        tmp_path / "offer.docx",
        [("heading", "1. Purpose of the Offer."), ("inserted", "The Company offers.")],
    )
    original = load_document(path, places=True)
    assert kept_places(original.sha256) is None
    walks: list[object] = []
    real = redline_base.walk_docx
    monkeypatch.setattr(redline_base, "walk_docx", lambda w: walks.append(w) or real(w))
    redline_base.base_document(original)
    assert len(walks) == 1


def test_a_changed_file_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Places kept for other bytes are not used: the file as it now is is read again."""
    path = tmp_path / "offer.docx"
    path.write_bytes(SAMPLES[0].read_bytes())
    original = load_document(path, places=True)
    assert kept_places(original.sha256) is not None
    word = docx.Document(str(path))
    word.core_properties.title = "saved again"
    word.save(str(path))
    unsealed = Document(sections=original.sections, source=original.source)
    walks: list[object] = []
    real = redline_base.walk_docx
    monkeypatch.setattr(redline_base, "walk_docx", lambda w: walks.append(w) or real(w))
    _, mapped, _ = redline_base.base_document(unsealed)
    assert len(walks) == 1
    assert all(p.source is not None for p in mapped.paragraphs())


def test_the_loaded_document_holds_no_places() -> None:
    """The core's document stays plain data: the places are io's, kept by the file's digest."""
    original = load_document(SAMPLES[0], places=True)
    assert set(vars(original)) == {"sections", "source", "sha256", "notices", "encoding"}
    assert isinstance(kept_places(original.sha256), WordPlaces)


def test_only_the_last_files_are_kept(tmp_path: Path) -> None:
    digests = []
    for index in range(word_places._KEEP + 2):
        path = _word(tmp_path / f"{index}.docx", [("plain", f"Paragraph {index} of the offer.")])
        digests.append(load_document(path, places=True).sha256)
    assert [kept_places(d) is not None for d in digests] == [False] * 2 + [True] * word_places._KEEP


def test_a_file_loaded_for_anything_but_a_redline_keeps_no_places(tmp_path: Path) -> None:
    """Only the original of a draft is loaded with its places: the revised file, the window's
    loads and the load benchmarks do not pay for them."""
    path = _word(tmp_path / "revised.docx", [("plain", "A paragraph only the revision has.")])
    assert kept_places(load_document(path).sha256) is None
    assert kept_places(load_document(path, places=True).sha256) is not None


def test_a_draft_keeps_the_places_of_its_original_only(tmp_path: Path) -> None:
    from amendtool.cli import main

    samples = ROOT / "resources" / "samples"
    original, revised = (
        samples / "offer-to-exchange.docx",
        samples / "offer-to-exchange-revised.docx",
    )
    word_places._kept.clear()  # what loads before this one kept
    filing = ["--filing", str(samples / "filing.toml"), "--out", str(tmp_path / "out")]
    assert main(["draft", str(original), str(revised), *filing]) in (0, 1)
    assert kept_places(hashlib.sha256(original.read_bytes()).hexdigest()) is not None
    assert kept_places(hashlib.sha256(revised.read_bytes()).hexdigest()) is None
