"""Whether a section is mostly rewritten (restated whole) is decided without diffing the
stretches of changed paragraphs when the words their ends keep already say "no": every
section a 300-page revision touched word-diffed its stretches (a paragraph edited next to
one replaced), though few were anywhere near rewritten. Counted, not timed; and the
decision is the one the diffs give, on any texts (property tests)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import diffing
from amendtool.core.apply import TextSection
from amendtool.core.diffing import WORK, common_words
from amendtool.core.drafting import align
from amendtool.core.drafting.align import Op, align_paragraphs
from amendtool.core.drafting.options import DraftOptions
from amendtool.core.drafting.rewrite_share import kept_at_ends, mostly_rewritten
from amendtool.core.typography import fold_typography

KEPT = "Each holder may withdraw tendered options before the expiration date of the offer."
EDITED = (
    "The Company will accept all Eligible Options properly tendered and not validly "
    "withdrawn, and will cancel them promptly after the expiration date."
)
OLD_NOTE = "Questions about the offer may be directed to the stock plan administrator."
NEW_NOTE = "Requests for assistance should go to our human resources department by email."


def _section(paragraphs: list[str]) -> TextSection:
    return TextSection("s1", "numbered", "1", "Terms", "Section 1. Terms", paragraphs)


def test_an_edited_paragraph_beside_a_replaced_one_is_not_diffed_as_a_stretch() -> None:
    """One paragraph kept, one with a word changed beside one replaced: 60% of the words
    are not kept whole, so the stretch was diffed; the words at its ends are enough."""
    old = _section([KEPT, EDITED, OLD_NOTE])
    new = _section([KEPT, EDITED.replace("promptly", "as soon as practicable"), NEW_NOTE])
    ops = align_paragraphs(old, new, DraftOptions())
    assert [op.kind for op in ops] == ["keep", "modify", "delete", "insert"]
    diffing.clear_caches()
    align.clear_caches()
    WORK.reset()
    assert not mostly_rewritten(old, new, ops, 0.6)
    assert (WORK.diffs, WORK.ordered_bounds) == (0, 0)


def _by_diffs(old: TextSection, new: TextSection, ops: list[Op], share: float) -> bool:
    """The decision as defined: every stretch of changed paragraphs word-diffed."""
    total = max(
        sum(len(p.split()) for p in old.paragraphs), sum(len(p.split()) for p in new.paragraphs)
    )
    if not total:
        return False
    kept = 0
    olds: list[str] = []
    news: list[str] = []
    for op in [*ops, Op("keep")]:
        if op.kind == "keep":
            if olds and news:
                kept += common_words("\n".join(olds), "\n".join(news))
            olds, news = [], []
            if op.old is not None:
                kept += len(old.paragraphs[op.old].split())
            continue
        if op.old is not None:
            olds.append(fold_typography(old.paragraphs[op.old]))
        if op.new is not None:
            news.append(fold_typography(new.paragraphs[op.new]))
    return 1 - min(kept / total, 1.0) >= share


# few words, many repeats: texts whose ends recur inside them, the case the ends must not
# be trusted in
_WORDS = ["the", "offer", "offer,", "expires", "May", "1.", "options", "\n", "$8.00", " "]
_text = st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_text, _text)
def test_the_ends_never_count_more_than_the_diff_keeps(a: str, b: str) -> None:
    assert kept_at_ends(a, b) <= common_words(a, b)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.data())
def test_a_text_edited_keeps_at_least_its_ends(words: list[str], data: st.DataObject) -> None:
    """The same text with a few words changed: long common ends, the case the cut uses."""
    changed = list(words)
    for _ in range(data.draw(st.integers(0, 3))):
        if changed:
            at = data.draw(st.integers(0, len(changed) - 1))
            changed[at] = data.draw(st.sampled_from(_WORDS))
    a, b = " ".join(words), " ".join(changed)
    assert kept_at_ends(a, b) <= common_words(a, b)


_paragraph = st.lists(st.sampled_from(_WORDS[:7]), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_paragraph, min_size=1, max_size=6),
    st.lists(st.tuples(st.integers(0, 5), _paragraph), max_size=4),
    st.sampled_from([0.3, 0.5, 0.6, 0.8]),
)
def test_the_decision_is_the_one_the_diffs_give(
    paragraphs: list[str], edits: list[tuple[int, str]], share: float
) -> None:
    revised = list(paragraphs)
    for at, text in edits:
        revised[at % len(revised)] = text
    old, new = _section(paragraphs), _section(revised)
    ops = align_paragraphs(old, new, DraftOptions())
    assert mostly_rewritten(old, new, ops, share) == _by_diffs(old, new, ops, share)
