"""A sentence in ASCII, casefolded, has each phrase of a list of one meaning replaced by the
list's pattern in small letters: the same text as its pattern without regard to capitals
gives, for every list of the house rules and any sentence made of their words."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core.materiality_rules import Words, house_rules
from amendtool.core.materiality_same_meaning import _being, _replace
from amendtool.core.small_letter_search import in_small_letters

RULES = house_rules()
LISTS = [
    *RULES.same_meaning,
    _being(),
    RULES.parties,
    RULES.condition_framing,
    RULES.schedule_framing,
    Words(["Holder of Record", "E-Mail*", "won't", "U.S. Dollars"]),
]
PIECES = sorted({w for words in LISTS for p in words.phrases for w in p.replace("*", "").split()})
GAPS = st.sampled_from([" ", "  ", "-", "'", "’", "s ", "ing ", ", ", "\n", "x"])
SENTENCES = st.lists(st.tuples(st.sampled_from(PIECES), GAPS), max_size=14).map(
    lambda parts: "".join(w + g for w, g in parts).casefold()
)


def test_the_house_lists_are_read_in_small_letters() -> None:
    assert sum(words.small is not None for words in LISTS) >= len(LISTS) - 1


@settings(max_examples=300, deadline=None)
@given(SENTENCES, st.integers(min_value=0, max_value=len(LISTS) - 1))
def test_a_list_replaces_as_its_pattern_without_regard_to_capitals(text: str, which: int) -> None:
    words = LISTS[which]
    expected = words.pattern.sub(" x ", text) if words.pattern is not None else text
    assert _replace(words, text, " x ") == expected


MARKED = st.lists(
    st.tuples(
        st.sampled_from([*PIECES, "won", "t", "wont"]),
        GAPS | st.sampled_from(["¤", " § ", "ı", "é", "ſ", "'s"]),
    ),
    max_size=14,
).map(lambda parts: "".join(w + g for w, g in parts).casefold())


@settings(max_examples=1500, deadline=None)
@given(MARKED, st.integers(min_value=0, max_value=len(LISTS) - 1))
@example("we wont go ¤", len(LISTS) - 1)  # "won't" with its quote left out, or curly
@example("we won’t go §", len(LISTS) - 1)
@example("by e-mails", len(LISTS) - 1)  # "E-Mail*": any ending
def test_a_list_whose_first_words_the_text_lacks_replaces_nothing(text: str, which: int) -> None:
    """Sentences masked ("¤" for a fact, "§" for a reference) are looked at for each list's
    first words before its pattern is searched: the same text as the pattern gives."""
    words = LISTS[which]
    expected = words.pattern.sub(" x ", text) if words.pattern is not None else text
    plain = in_small_letters(text) is not None
    assert _replace(words, text, " x ", plain) == expected


def test_each_house_list_has_its_first_words() -> None:
    assert all(words.leads is not None for words in LISTS)
    assert Words(["'em all", "x"]).leads is None
    assert Words(["won't", "E-Mail*", "U.S. Dollars"]).leads == ("won", "e-mail", "u.s.")
