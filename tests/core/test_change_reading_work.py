"""What an item changes is read from texts other items share: counted, not timed.

The items of one paragraph (a sentence added, a figure changed in another) each compare
the paragraph's old text with their own; the words around the facts of a text are the
same for every item that reads it, and two items that differ only in their figures (the
facts masked) change the same words. Each is worked out once; what is read is the same.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import changes, diffing, text_cache
from amendtool.core.changes import compare

OLD = (
    "Each eligible option with an exercise price above $20.00 may be exchanged until "
    "June 30, 2026. We will grant the new options promptly after the offer expires."
)


def _reads(name: str) -> int:
    """Texts (or pairs of them) the function worked on, not found kept."""
    return int(getattr(changes, name).cache_info().misses)


def _clear() -> None:
    for module in (text_cache, diffing, changes):
        module.clear_caches()


def test_a_text_several_items_compare_is_read_once() -> None:
    _clear()
    news = [
        OLD.replace("$20.00", "$17.50"),
        OLD.replace("$20.00", "$15.00"),
        OLD.replace("June 30", "July 15"),
        OLD + " Options you do not tender stay outstanding.",
    ]
    for new in news:
        compare(OLD, new, "sentence")
    assert _reads("_words_around_facts") == 1 + len(news)
    # the first three change only a figure (the price, the date): the same words around it
    assert _reads("_changed_words_of") == 2


_WORDS = st.sampled_from(
    [
        "offer",
        "U.S.",
        "United States",
        "SEC",
        "Securities and Exchange Commission",
        "$20.00",
        "$17.50",
        "June 30, 2026",
        "Section 4",
        "the",
        "options",
        "expire",
        ".",
        ",",
        "10%",
    ]
)
_TEXT = st.lists(_WORDS, max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=4))
def test_what_a_change_reads_is_what_it_read_alone(pairs: list[tuple[str, str]]) -> None:
    """Read after others that share its texts, a change reads as it reads with every cache
    empty."""
    together = [compare(old, new) for old, new in pairs]
    for (old, new), change in zip(pairs, together, strict=True):
        _clear()
        alone = compare(old, new)
        assert (alone.removed_words, alone.added_words) == (
            change.removed_words,
            change.added_words,
        )
        assert alone == change
