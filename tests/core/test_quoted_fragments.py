"""A words item quotes whole words: never a part of a date ("May 2001" quoted as "May 20"),
a number, an amount or a reference. Property: for any one change in a sentence, every
quoted fragment starts and ends on a word boundary of the sentence it is quoted from."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.drafting.quoting import changed_words

TOKENS = [
    "May 2001",
    "June 2002",
    "May 20, 2001",
    "March 3",
    "5:00 p.m.",
    "$20.00",
    "$1,250,000",
    "12.5%",
    "2001",
    "20",
    "Rule 13e-4(d)(2)",
    "Section 14",
    "10 business days",
    "the",
    "offer",
    "options",
    "granted",
    "in",
    "to",
    "us",
    "employees",
    "eligible",
    "and",
    "price",
    "expire",
]


def boundaries(text: str) -> set[int]:
    """Positions no word, number or amount runs across."""

    def joined(a: str, b: str) -> bool:
        return a.isalnum() and b.isalnum()

    inside = set()
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if joined(a, b):
            inside.add(i)
        elif a in ".,:" and i >= 2 and text[i - 2].isdigit() and b.isdigit():
            inside.add(i)  # "20.00", "1,250", "5:00"
        elif a.isdigit() and b in ".,:" and i + 1 < len(text) and text[i + 1].isdigit():
            inside.add(i)
    return set(range(len(text) + 1)) - inside


def on_boundaries(fragment: str, text: str) -> bool:
    bounds = boundaries(text)
    start = text.find(fragment)
    while start >= 0:
        if start in bounds and start + len(fragment) in bounds:
            return True
        start = text.find(fragment, start + 1)
    return False


def test_a_month_and_year_is_quoted_whole() -> None:
    quoted = changed_words(
        "The options were granted in May 2001 under the plan.",
        "The options were granted in June 2001 under the plan.",
        12,
    )
    assert quoted == ("May 2001", "June 2001")


def test_a_year_after_a_month_is_quoted_with_it() -> None:
    quoted = changed_words(
        "Options granted before May 2001 are eligible.",
        "Options granted before May 2002 are eligible.",
        12,
    )
    assert quoted == ("May 2001", "May 2002")


def test_a_day_of_the_month_keeps_its_year() -> None:
    quoted = changed_words(
        "The offer began on May 20, 2001 at noon.", "The offer began on May 21, 2001 at noon.", 12
    )
    assert quoted == ("May 20, 2001", "May 21, 2001")


sentences = st.lists(st.sampled_from(TOKENS), min_size=3, max_size=12)


@settings(max_examples=400, deadline=None)
@given(sentences, st.data())
def test_every_quoted_fragment_starts_and_ends_on_a_word_boundary(
    words: list[str], data: st.DataObject
) -> None:
    old = " ".join(words) + "."
    edited = list(words)
    at = data.draw(st.integers(0, len(words) - 1))
    how = data.draw(st.sampled_from(["replace", "insert", "delete"]))
    token = data.draw(st.sampled_from(TOKENS))
    if how == "replace":
        edited[at] = token
    elif how == "insert":
        edited.insert(at, token)
    else:
        del edited[at]
    new = " ".join(edited) + "."
    quoted = changed_words(old, new, 12)
    if quoted is None or old == new:
        return
    old_words, new_words = quoted
    assert on_boundaries(old_words, old), (old_words, old)
    assert on_boundaries(new_words, new), (new_words, new)


def test_a_number_is_quoted_with_what_it_counts_and_no_more() -> None:
    """The same change in two sentences is quoted the same way, with the fewest words that
    say what the number counts: "4,000,000 Shares", not "4,000,000 Shares properly"."""
    quoted = [
        changed_words(
            f"Upon the terms of the Offer, we will purchase up to 4,000,000 Shares {rest}.",
            f"Upon the terms of the Offer, we will purchase up to 4,500,000 Shares {rest}.",
            12,
        )
        for rest in (
            "properly tendered and not properly withdrawn",
            "validly tendered",
            "that are properly tendered",
        )
    ]
    assert quoted == [("4,000,000 Shares", "4,500,000 Shares")] * 3
    assert changed_words(
        "If more than 4,000,000 Shares are properly tendered, we will prorate.",
        "If more than 4,500,000 Shares are properly tendered, we will prorate.",
        12,
    ) == ("4,000,000 Shares", "4,500,000 Shares")


def test_a_lettered_section_is_quoted_with_the_word_that_names_it() -> None:
    """ "D" alone says nothing a reader can find; "Section D" does, as "Section 4" does."""
    quoted = changed_words(
        "Tendered Notes may be withdrawn only as described in Section D.",
        "Tendered Notes may be withdrawn only as described in Section E.",
        12,
    )
    assert quoted == ("Section D", "Section E")
    quoted = changed_words(
        "The form is attached as Annex II to the offer.",
        "The form is attached as Annex III to the offer.",
        12,
    )
    assert quoted == ("Annex II", "Annex III")


def test_a_suite_number_is_quoted_with_the_word_that_names_it() -> None:
    """An address set line by line is read as one paragraph: "400" is the suite's, never a
    count of the city on the next line ("400 Houston")."""
    quoted = changed_words(
        "Harbor Trust Company, N.A. 200 Lamar Street, Suite 400 Houston, Texas 77002",
        "Harbor Trust Company, N.A. 200 Lamar Street, Suite 410 Houston, Texas 77002",
        12,
    )
    assert quoted == ("Suite 400", "Suite 410")
