"""The small word a procedure's sentence gains or loses ("oral or written notice" →
"written notice") is found with the words each side has alone read as sets: a rewritten
paragraph changes thousands of words, and each was looked for in the other side's list one
by one. The word found is the one the lists gave (a property test)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from amendtool.core.materiality_rules import Rules, house_rules

_WORDS = st.lists(
    st.sampled_from(["or", "and", "only", "oral", "written", "notice", "the", "holders", "may"]),
    max_size=12,
)
_SENTENCES = ["Notice of withdrawal may be given in writing.", "The offer expires soon."]


def _by_lists(rules: Rules, sentences: list[str], added: list[str], removed: list[str]) -> object:
    """The reading before: each word looked for in the other side's list."""
    if not any(rules.procedures.search(s) for s in sentences):
        return None
    gone = [w for w in removed if w not in added]
    new = [w for w in added if w not in removed]
    return next((w for w in gone + new if rules.narrowing.matches_word(w)), None)


@given(st.sampled_from([_SENTENCES[:1], _SENTENCES[1:]]), _WORDS, _WORDS)
@example(_SENTENCES[:1], ["written"], ["oral", "or", "written"])
@example(_SENTENCES[:1], ["or", "only"], ["or"])
def test_the_word_found_is_the_lists_word(
    sentences: list[str], added: list[str], removed: list[str]
) -> None:
    rules = house_rules()
    found = rules.narrows_a_procedure(sentences, added, removed)
    assert found == _by_lists(rules, sentences, added, removed)
