"""The check of the plain notice works out only what it reports: a paragraph's grade is
paragraph_grades' (its review's grade was dropped), and the passive sentences of a change's
paragraph are named as written, brackets and all, so its review does not look for them in
the paragraph without its placeholders as well. Work is counted, never timed; what review
says of the kinds asked for is what it says of every kind, those kept (a property test)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import plain_english, plain_review, text_cache
from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.built_once import built_once
from amendtool.core.filing import load_filing
from amendtool.core.plain_checks import check_plain_notice, placeholders_removed
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_readability import plain_parts
from amendtool.core.plain_review import KINDS, review
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

# words whose sentences are long, passive, legal, quoted, bracketed or ended early
_PIECES = [
    "The price was lowered.",
    "Options are hereby deemed tendered pursuant to Section 4.",
    'You may withdraw "at any time before 5:00 p.m." under this offer.',
    "[Explain in one or two sentences what this change means for employees.]",
    "We will pay $17.50 per share on or about May 3, 2026.",
    "Notwithstanding the foregoing, elections shall be accepted.",
    " ".join(["Each eligible employee may elect to exchange options"] * 6) + ".",
    "Write to hr@example.com or see www.example.com.",
    "The offer covers 2,400,000 shares of our common stock.",
    "",
]


@settings(max_examples=150, deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from(_PIECES), max_size=5).map(" ".join), min_size=1, max_size=3
    ),
    kinds=st.sets(st.sampled_from(KINDS)),
)
def test_review_of_some_kinds_is_review_of_all_those_kept(
    texts: list[str], kinds: set[str]
) -> None:
    everything = review(texts)
    assert review(texts, kinds=kinds) == [p for p in everything if p.kind in kinds]


@pytest.fixture(scope="module")
def amendment(plain_sample: Amendment) -> Amendment:
    return plain_sample


def test_each_grade_worked_out_is_one_the_check_reports(
    amendment: Amendment, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The notice's grade, and each paragraph's own where it has the words to be graded
    (paragraph_grades reads every change's paragraph and every paragraph of the notice's
    own): one grade each, no more."""
    from amendtool.core.filing_document import notice_blocks
    from amendtool.core.layout import Role
    from amendtool.core.plain_readability import _bare

    asked: list[tuple[str, ...]] = []
    real = plain_english._readability

    def counting(texts: tuple[str, ...]) -> Any:
        asked.append(texts)
        return real(texts)

    with built_once():
        paragraphs = plain_paragraphs(amendment)
        blocks = notice_blocks(amendment)
        text_cache.clear_caches()
        monkeypatch.setattr(plain_english, "_readability", counting)
        check_plain_notice(amendment)
    own = [b.text for b in blocks if b.role is Role.TEXT and not b.items]
    graded = plain_english.plain_rules().graded_paragraph
    long_enough = [
        t for t in [*(p.text for p in paragraphs), *own] if len(_bare(t).split()) >= graded
    ]
    assert len(paragraphs) > 3 and long_enough
    assert len(asked) == 1 + len(long_enough)
    assert asked[0] == tuple(plain_parts(blocks))


def test_a_changes_paragraph_is_searched_for_the_passive_once(
    amendment: Amendment, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As written, brackets and all (plain_checks), not again by its review without its
    placeholders."""
    searched: Counter[str] = Counter()
    real = plain_review.passive_phrases

    def counting(text: str) -> Any:
        searched[text] += 1
        return real(text)

    monkeypatch.setattr(plain_review, "passive_phrases", counting)
    with built_once():
        paragraphs = plain_paragraphs(amendment)
        check_plain_notice(amendment)
    reviewed = {" ".join(placeholders_removed(p.text, p.places)) for p in paragraphs}
    assert len(reviewed) > 3
    assert not reviewed & set(searched)


def test_a_paragraph_alone_is_graded_from_the_notices_split(
    example_filing_toml: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A paragraph with nothing to leave out (counsel's own, or the tool's without a
    placeholder) is graded from the sentences the notice's grade split it into."""
    from amendtool.core.filing_document import notice_blocks
    from amendtool.core.plain_readability import counsel_fields, paragraph_grades

    details = load_filing(example_filing_toml)
    amendment = draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        dataclasses.replace(details, notice_style="plain"),
    )
    counsels = (
        "We moved the deadline for withdrawing your election to a later date, so that you "
        "have more time to decide. Nothing else changes in the offer or in your rights."
    )
    amendment.change_items[0].set_plain_summary(counsels)
    split: Counter[str] = Counter()
    real = plain_english.sentences

    def counted(text: str) -> list[str]:
        split[text] += 1
        return real(text)

    with built_once():
        blocks = notice_blocks(amendment)
        paragraphs = plain_paragraphs(amendment)
        text_cache.clear_caches()
        plain_english.readability(plain_parts(blocks))
        monkeypatch.setattr(plain_english, "sentences", counted)
        findings = paragraph_grades(blocks, paragraphs, counsel_fields(amendment))
    assert any(p.text == counsels for p in paragraphs)
    assert not [text for text in split if "more time to decide" in text], findings


# pieces whose quotations, brackets, addresses and marks change what is counted as a word
_ODD = [
    '" "',
    "“ a b ”",
    "[ ]",
    'a"b c"d',
    "Qq0qQ",
    "Qq",
    "— . — !",
    "x@y.com",
    "https://a.b/c d",
    "'tis o'clock",
    "U.S. Inc. p.m.",
    "(Section 4)",
    "word\u00a0word",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, *_ODD]), max_size=8).map(" ".join))
def test_a_text_has_no_fewer_words_than_its_grade_or_any_sentence_counts(text: str) -> None:
    """Why a short text is neither split for a long sentence nor graded: the words the
    grade counts, and those of each sentence review measures, are never more than the
    text's own, space to space (a quotation is one word, an address "us")."""
    from amendtool.core import syllables

    tokens = len(text.split())
    assert plain_english.readability([text]).words <= tokens
    for checked, _ in plain_english.written_sentences(text):
        assert len(syllables.words(checked)) <= tokens


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(
        st.lists(st.sampled_from([*_PIECES, *_ODD]), max_size=12).map(" ".join),
        min_size=1,
        max_size=3,
    ),
    longest=st.integers(min_value=1, max_value=40),
)
def test_long_sentences_found_as_every_sentence_measured(texts: list[str], longest: int) -> None:
    from amendtool.core import syllables
    from amendtool.core.plain_review import _cut

    rules = dataclasses.replace(plain_english.plain_rules(), longest_sentence=longest)
    every = [
        f"a sentence of {n} words: “{_cut(sentence)}”"
        for text in texts
        for checked, sentence in plain_english.written_sentences(text)
        if (n := len(syllables.words(checked))) > longest
    ]
    found = review(texts, rules, kinds=("long_sentence",))
    assert [p.message for p in found] == every
