"""A change of adjacent words is marked as one phrase, as Litera and Word's Compare mark it:
one deletion and one insertion ("two weeks" → "ten business days"), not a word struck, a
space kept, a word struck. A word both texts keep is never marked, however short: "business"
between "two" → "one" and "days" → "day" stays as it is."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument
from amendtool.core.filing import load_filing
from amendtool.core.history import history
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import comparable, flat, resolve
from tests.io.test_redline_words import marked_paragraphs, offer, revision_runs
from tests.support.series import three_amendments

FIRST = "Employees who hold options may participate."


def marks(tmp_path: Path, old: str, new: str) -> list[tuple[str, str]]:
    """The marked runs of the one paragraph the change redlines (accept and reject checked)."""
    before = load_document(offer(tmp_path, "o.docx", [f"{FIRST} {old}", "You may withdraw."]))
    after = load_document(offer(tmp_path, "r.docx", [f"{FIRST} {new}", "You may withdraw."]))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    redline = build_review_documents(amendment).redline
    assert comparable(resolve(redline, True), tmp_path, "a.docx") == flat(
        TextDocument.from_document(after).comparable()
    )
    assert comparable(resolve(redline, False), tmp_path, "j.docx") == flat(
        TextDocument.from_document(before).comparable()
    )
    [paragraph] = marked_paragraphs(redline)
    return [(m, t) for m, t in revision_runs(paragraph) if m != "same" or t.strip()]


def changed(runs: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    return [t for m, t in runs if m == "del"], [t for m, t in runs if m == "ins"]


def test_a_change_of_adjacent_words_is_one_deletion_and_one_insertion(tmp_path: Path) -> None:
    runs = marks(
        tmp_path,
        "You must return the form within two weeks after we ask.",
        "You must return the form within ten business days after we ask.",
    )
    assert changed(runs) == (["two weeks"], ["ten business days"])


def test_short_unchanged_words_between_changes_stay_unmarked(tmp_path: Path) -> None:
    runs = marks(
        tmp_path,
        "We will pay you cash in the amount stated in your award agreement.",
        "We will pay you shares in the number stated in your award agreement.",
    )
    assert changed(runs) == (["cash", "amount"], ["shares", "number"])
    assert ("same", " in the ") in runs
    runs = marks(
        tmp_path,
        "You must return the form within two business days after we ask.",
        "You must return the form within one business day after we ask.",
    )
    assert changed(runs) == (["two", "days"], ["one", "day"])


def test_substantial_unchanged_words_between_changes_stay_unmarked(tmp_path: Path) -> None:
    runs = marks(
        tmp_path,
        "Holders must deliver paper forms to the administrator.",
        "Employees must deliver electronic forms to the administrator.",
    )
    deleted, inserted = changed(runs)
    assert deleted == ["Holders", "paper"] and inserted == ["Employees", "electronic"]
    assert ("same", " must deliver ") in runs


def test_the_history_marks_only_the_words_that_changed() -> None:
    series, _ = three_amendments()
    marks_through_one = history(series, through=1)
    [entry] = [e for e in marks_through_one.entries if "Within one business day" in e.text]
    struck = [s.text for s in entry.spans if s.deleted]
    added = [s.text for s in entry.spans if s.amendment == 1 and not s.deleted]
    assert struck == ["two", "days"] and added == ["one", "day"]
