"""Drafting grows linearly with the document: counted, not timed.

A revision of a long offer moves the printed page numbers of its table of contents and
scatters edits of every kind through the body. Drafting an offer four times as long must
compare about four times as many paragraph pairs and diff about four times as many words,
and no single diff may grow with the document: a quadratic path shows here as a count on
any machine, however fast.
"""

from __future__ import annotations

import random

import pytest

from amendtool.core import changes, diffing, typography
from amendtool.core.diffing import WORK
from amendtool.core.drafting import align, draft_items
from tests.support.builders import Spec, doc

TITLES = ["Eligibility", "Procedures for Tendering", "Withdrawal Rights", "Conditions"]
WORDS = (
    "option exchange grant vesting holder election withdrawal tender acceptance "
    "cancellation expiration board committee notice price share plan employee award "
    "condition amendment termination extension filing statement exhibit schedule"
).split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    return "The " + " ".join(words) + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))


def offer(copies: int, moving: bool) -> tuple[Spec, Spec]:
    """An offer of `copies` runs of four sections (six paragraphs each) and its revision:
    in each section a word changed, a sentence added, a paragraph rewritten, one inserted
    and one deleted; `moving`: every entry of the contents prints another page."""
    body: Spec = []
    revised_body: Spec = []
    for copy in range(copies):
        rng = random.Random(copy)  # each copy its own words, the same in every length
        for t, title in enumerate(TITLES):
            heading = f"{copy * len(TITLES) + t + 1}. {title}"
            paragraphs = [_paragraph(rng) for _ in range(6)]
            changed = list(paragraphs)
            changed[0] = changed[0].replace("The ", "Each ", 1)
            changed[1] += " " + _sentence(rng)
            changed[3] = _paragraph(rng)
            changed.insert(4, _paragraph(rng))
            del changed[-1]
            body.append((heading, paragraphs))
            revised_body.append((heading, changed))
    entries = [heading for heading, _ in body]
    contents = [f"{h} {'.' * 20} {3 + 4 * n}" for n, h in enumerate(entries)]
    moved = [f"{h} {'.' * 20} {4 + 4 * n}" for n, h in enumerate(entries)] if moving else contents
    cover = ("", ["Offer to Exchange Eligible Options for New Options."])
    return (
        [cover, ("TABLE OF CONTENTS", contents), *body],
        [cover, ("TABLE OF CONTENTS", moved), *revised_body],
    )


def work(copies: int, moving: bool) -> tuple[int, int, int, int, int, int, int]:
    original, revised = (doc(spec) for spec in offer(copies, moving))
    for module in (typography, diffing, changes, align):
        module.clear_caches()
    WORK.reset()
    items = draft_items(original, revised).items
    return (
        len(items),
        WORK.pairs_compared,
        WORK.diffs,
        WORK.tokens_diffed,
        WORK.largest_diff,
        WORK.ordered_bounds,
        WORK.span_trials,
    )


@pytest.mark.parametrize("moving", [True, False], ids=["pages-moving", "pages-still"])
def test_drafting_work_grows_linearly_with_the_document(moving: bool) -> None:
    items, pairs, diffs, tokens, largest, bounds, trials = work(2, moving)
    items4, pairs4, diffs4, tokens4, largest4, bounds4, trials4 = work(8, moving)
    assert items4 == 4 * items > 0  # the same edits in every copy, all drafted
    assert pairs > 0 and diffs > 0 and bounds > 0  # the counts count
    assert pairs4 <= 4.4 * pairs, (pairs, pairs4)
    assert diffs4 <= 4.4 * diffs, (diffs, diffs4)
    assert tokens4 <= 4.4 * tokens, (tokens, tokens4)
    assert largest4 <= 1.5 * largest, (largest, largest4)
    assert bounds4 <= 4.4 * bounds, (bounds, bounds4)  # words in order counted, not diffed
    assert trials4 <= 4.4 * max(trials, 1), (trials, trials4)  # splits and merges tried


def redraft_work(copies: int) -> tuple[int, int, int, int]:
    """Items, paragraph pairs compared, diffs and bounds of a second draft, after one word
    typed into one paragraph in the middle of the revision (as the app drafts again after
    each pause in typing)."""
    spec, revised_spec = offer(copies, moving=True)
    original = doc(spec)
    draft_items(original, doc(revised_spec))
    heading, paragraphs = revised_spec[len(revised_spec) // 2]
    typed = [*paragraphs[:2], paragraphs[2].replace(" ", " typed ", 1), *paragraphs[3:]]
    revised_spec[len(revised_spec) // 2] = (heading, typed)
    WORK.reset()
    items = draft_items(original, doc(revised_spec)).items
    return len(items), WORK.pairs_compared, WORK.diffs, WORK.ordered_bounds


def test_a_draft_again_after_typing_compares_only_what_the_typing_changed() -> None:
    """Only the section typed in is aligned again: the paragraphs compared and the words
    diffed do not grow with the document (each section counsel did not touch keeps its
    alignment, each unchanged paragraph pair its diff)."""
    items, pairs, diffs, bounds = redraft_work(2)
    items4, pairs4, diffs4, bounds4 = redraft_work(8)
    assert items4 == 4 * items - 3 > 0  # the typed word is an item of its own in each
    counts = (pairs, pairs4, diffs, diffs4, bounds, bounds4)
    assert pairs > 0 and diffs > 0, counts  # the typed paragraph is compared and diffed
    assert pairs4 <= pairs + 5 and diffs4 <= diffs + 5 and bounds4 <= bounds + 5, counts
    assert max(pairs4, diffs4, bounds4) <= 30, counts  # a first draft of it: about 200 each


def test_the_table_of_contents_is_never_compared_pair_by_pair() -> None:
    """Its entries are not amended: a revision that moves every page number compares no
    more paragraph pairs than one that moves none."""
    assert work(8, moving=True)[1] == work(8, moving=False)[1]


REPLACED = (
    "The board of the company may at any time amend the terms of the plan, and the "
    "committee shall give notice of the amendment to each holder of an eligible option."
)
REWRITTEN = (
    "Each holder of an eligible option shall receive from the committee notice of any "
    "amendment, and the company may amend the plan at any time by action of the board."
)


def test_a_paragraph_rewritten_in_other_words_is_told_apart_without_a_diff() -> None:
    """Most of its words are still there, in another order: the words the two share in
    order already say it is not the same paragraph edited, and no diff is run."""
    assert diffing.common_bound(REPLACED, REWRITTEN) >= 0.6  # shared in any order
    diffing.clear_caches()
    WORK.reset()
    assert diffing.similarity(REPLACED, REWRITTEN, floor=0.5) == 0.0
    assert WORK.diffs == 0 and WORK.ordered_bounds == 1
    assert diffing.similarity(REPLACED, REWRITTEN) < 0.5  # the diff agrees


def test_the_words_in_order_never_undercount_what_the_diff_keeps() -> None:
    """The bound is safe: a pair it turns away could never have reached the floor, so no
    item is drafted differently for it."""
    rng = random.Random(11)
    for _ in range(300):
        a = " ".join(rng.choice(WORDS[:10]) for _ in range(rng.randint(1, 30))) + "."
        b = " ".join(rng.choice(WORDS[:10]) for _ in range(rng.randint(1, 30))) + "."
        assert diffing.common_words(a, b) <= diffing.ordered_common(a, b)
        exact = diffing.similarity(a, b)
        floored = diffing.similarity(a, b, floor=0.5)
        assert floored == exact or (floored == 0.0 and exact < 0.5), (a, b)


def test_sections_and_paragraphs_are_found_without_a_search_for_each_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every item looks its section up (drafting, citing, applying): the sections are
    indexed again only when sections are added or taken out, not once per item."""
    from amendtool.core.apply import TextDocument

    indexed: list[int] = []
    real = TextDocument.sections_changed

    def counted(self: TextDocument) -> None:
        indexed.append(len(self.sections))
        real(self)

    monkeypatch.setattr(TextDocument, "sections_changed", counted)
    original, revised = (doc(spec) for spec in offer(8, moving=True))
    WORK.reset()
    items = draft_items(original, revised).items
    assert len(items) >= 100
    assert len(indexed) <= 10, len(indexed)  # a few documents, each indexed once
    # and a paragraph is found where it was last found, not by searching every section
    assert WORK.paragraph_searches <= 10, WORK.paragraph_searches


def test_words_shared_in_any_order_are_counted_from_the_shorter_text() -> None:
    """Scoring a table row against a long paragraph looks up the row's few words in the
    paragraph's counts, not the paragraph's many in the row's; the count is the words the two
    share, repeats counted (never fewer than a diff keeps)."""
    rng = random.Random(7)
    for _ in range(300):
        a = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 8)))
        b = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 40)))
        diffing.clear_caches()
        WORK.reset()
        shared = diffing.shared_tokens(a, b)
        small, large = sorted(map(diffing._count_tokens, (a, b)), key=len)
        assert WORK.tokens_looked_up == len(small)
        assert shared == sum(min(n, large[t]) for t, n in small.items())
        assert shared >= diffing.common_words(a, b)
        assert diffing.shared_tokens(b, a) == shared
