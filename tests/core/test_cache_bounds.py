"""The caches of texts are bounded by the characters asked about, not only by their count:
whole sections and long tables are keys too, and a process that drafts many offers (a long
session in the app, a test run) would otherwise keep gigabytes of them. Past its bound a
cache starts again; what is drafted is the same either way."""

from __future__ import annotations

import pytest

from amendtool.core import changes, diffing, facts, segment, text_cache, typography
from amendtool.core.drafting import align, draft_items
from amendtool.core.model import Document
from tests.core.test_drafting_work import offer
from tests.support.builders import doc

BOUND = 20_000


def _clear() -> None:
    """Every cache of texts emptied: those the tests before this one filled (the plain
    notice's, the deadlines') are no part of what one draft keeps."""
    for module in (typography, diffing, changes, align, facts, segment, text_cache):
        module.clear_caches()


def _drafted(original: Document, revised: Document) -> list[object]:
    _clear()
    return list(draft_items(original, revised).items)


def _largest_section(document: Document) -> int:
    return max(sum(len(p.text) for p in s.paragraphs) for s in document.sections)


def test_each_cache_of_texts_keeps_no_more_than_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # what one draft keeps is measured from empty caches, not from the tests before this one
    facts.clear_caches()
    original, revised = (doc(spec) for spec in offer(6, moving=True))
    expected = _drafted(original, revised)
    unbounded = text_cache.kept_characters()
    assert max(unbounded.values()) > BOUND  # the draft asks about more than the bound

    monkeypatch.setattr(text_cache, "KEPT_CHARACTERS", BOUND)
    assert _drafted(original, revised) == expected
    # one question (a section's paragraphs, old and new) may be larger than the bound alone
    largest = _largest_section(original) + _largest_section(revised)
    kept = text_cache.kept_characters()
    assert set(kept) >= {"amendtool.core.drafting.align._aligned", "amendtool.core.changes._read"}
    assert all(0 <= chars <= BOUND + largest for chars in kept.values()), kept


def test_a_cache_past_its_bound_starts_again_and_answers_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(text_cache, "KEPT_CHARACTERS", 30)
    typography.clear_caches()
    texts = [f"\u201cTender\u201d   offer number {n}" for n in range(6)]  # 24-25 characters
    answers = [typography.fold_typography(text) for text in texts]
    assert answers[0] == '"Tender" offer number 0'
    assert typography._cached_fold.cache_info().currsize == 1  # each text past the bound alone
    assert [typography.fold_typography(text) for text in texts] == answers
    assert text_cache.kept_characters()["amendtool.core.typography._fold"] <= 30


def test_the_caches_asked_about_every_paragraph_hold_two_documents_at_the_limit() -> None:
    """Folding and sentence splitting are asked about every paragraph on each pass of a
    draft: a cache smaller than one pass keeps nothing of use (its oldest answers go just
    before they are asked for again), so a long table was folded 28 times over. Their
    memory is bounded by the characters asked about, as above."""
    from amendtool.core.text_limits import MAX_UNITS

    for cache in (typography._cached_fold, segment._cached_split):
        maxsize = cache.cache_info().maxsize
        assert maxsize is not None and maxsize >= 2 * MAX_UNITS, (cache, maxsize)


def test_the_facts_of_every_table_row_are_read_once_per_draft() -> None:
    """The proposal, the stale-term check and the example check each read the facts of every
    row of a table the revision adds, one pass after another: with a cache smaller than the
    rows, each pass worked every row out again (a 20,000-row table, twice over)."""
    facts.clear_caches()
    rows = [f"Grant {n}" for n in range(5000)]  # more rows than the caches held
    for _ in range(2):  # two passes, as two checks read them
        for row in rows:
            facts.extract(row)
    assert facts._scan.cache_info().misses == len(rows)
    assert text_cache.READS["mask_references"] == len(rows)
    facts.clear_caches()


def test_an_emptied_cache_is_counted_as_holding_nothing() -> None:
    """A cache emptied by its module's clear_caches holds nothing, though its count starts
    again only at its next question: one a draft never asks (the deadlines a notice states)
    was reported holding what the tests before it had asked."""
    from amendtool.core import stated_deadlines

    stated_deadlines.clear_caches()
    stated_deadlines._deadlines("The offer expires at 5:00 p.m. on June 30, 2026. " * 50, "UTC")
    assert text_cache.kept_characters()["amendtool.core.stated_deadlines._deadlines"] > 0
    stated_deadlines.clear_caches()
    assert text_cache.kept_characters()["amendtool.core.stated_deadlines._deadlines"] == 0
