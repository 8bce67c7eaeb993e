"""A text with no passive phrase in it is not split into its sentences to find the passive
ones (most of a notice's paragraphs are written in the active voice): what a sentence holds
the text holds, quotations one word in both, so the sentences found are those found by
reading each sentence (a property test). Work is counted, never timed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import plain_english, text_cache
from amendtool.core.plain_english import passive_phrases


def _sentence_by_sentence(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """passive_phrases as it read every text: each sentence searched."""
    out = []
    for checked, written in plain_english.written_sentences(text):
        found = tuple(
            " ".join(m.group(0).split()) for m in plain_english._PASSIVE.finditer(checked)
        )
        if found:
            out.append((written, found))
    return out


_PIECES = [
    "The price was lowered.",
    "The price was lowered",
    "It is hereby deemed accepted.",
    "Options are not needed",
    "were interested",
    "To",
    "That",
    "to you.",
    "that day.",
    'The form "was sent" to us.',
    "[This is required.]",
    "“were paid”",
    "Qq",
    "Qq0qQ",
    "has been",
    "withdrawn",
    "We changed the terms.",
    "is",
    "being",
    "U.S.",
    "(Section 4)",
    "\n",
    "!",
    "?",
    "Inc.",
    "quickly",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join))
def test_the_passive_sentences_are_those_of_every_sentence_read(text: str) -> None:
    assert passive_phrases(text) == _sentence_by_sentence(text)


def test_a_text_in_the_active_voice_is_not_split() -> None:
    text_cache.clear_caches()
    active = 'We lowered the price to $17.50. You may withdraw "at any time" [Explain this.]'
    assert passive_phrases(active) == []
    assert text_cache.READS["_as_written"] == 0
    assert passive_phrases(f"{active} It was corrected.")
    assert text_cache.READS["_as_written"] == 1
