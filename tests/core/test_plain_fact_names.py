"""A changed time, amount or percentage that the firm's list (resources/plain/meanings.toml)
does not name is named by what it is, from the nearest noun phrase of its sentence ("the
time the offer website closes", "the amount we will pay you", "the percentage of the
options"), or by a marked placeholder for counsel; never by quoting its sentence."""

from __future__ import annotations

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences, placeholders
from amendtool.core.wording import house_wording

LONG = (
    "If you elect to participate, then, subject to the terms and conditions of the offer and "
    "to our acceptance of your tendered options, which we expect to occur promptly, "
)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "The offer website will close at 5:00 p.m. on each business day.",
            "The offer website will close at 6:00 p.m. on each business day.",
            "The time the offer website will close is now 6:00 p.m. It was 5:00 p.m.",
        ),
        (
            "We will pay you $2.00 in cash for each option you tender.",
            "We will pay you $2.50 in cash for each option you tender.",
            "The cash payment for each option is now $2.50. It was $2.00. You will receive "
            "more for each of your Eligible Options.",
        ),
        (
            "Each tendering holder will receive $5.00.",
            "Each tendering holder will receive $6.00.",
            "The amount each tendering holder will receive is now $6.00. It was $5.00.",
        ),
        (
            "Approximately 25% of the options are held by officers.",
            "Approximately 30% of the options are held by officers.",
            "The percentage of the options is now 30%. It was 25%.",
        ),
        (
            "You must deliver your election by October 1, 2001 at our office.",
            "You must deliver your election by October 8, 2001 at our office.",
            "The date by which you must deliver your election is now October 8, 2001. "
            "It was October 1, 2001.",
        ),
        (
            "OF UP TO 2,000,000 SHARES AT A PURCHASE PRICE OF $22.50 PER SHARE",
            "OF UP TO 2,000,000 SHARES AT A PURCHASE PRICE OF $23.25 PER SHARE",
            "The purchase price per share is now $23.25. It was $22.50. You will receive "
            "more for each of your Eligible Options.",
        ),
        (
            'Holders will receive, for each $1,000 of Notes, $1,040 in cash (the "Purchase '
            'Price").',
            'Holders will receive, for each $1,000 of Notes, $1,055 in cash (the "Purchase '
            'Price").',
            "The Purchase Price is now $1,055. It was $1,040. You will receive more for each "
            "of your Eligible Options.",
        ),
        (
            "(c) the NASDAQ Composite Index declines by 10% or more from its level;",
            "(c) the NASDAQ Composite Index declines by 15% or more from its level;",
            "The minimum percentage by which the NASDAQ Composite Index declines is now 15%. "
            "It was 10%.",
        ),
        (
            "We expect that the aggregate Purchase Price will be approximately $45.0 million.",
            "We expect that the aggregate Purchase Price will be approximately $46.5 million.",
            # a total is no amount paid for each security
            "The aggregate Purchase Price is now $46.5 million. It was $45.0 million. This is "
            "a total, not an amount paid for each of your Eligible Options.",
        ),
        (
            LONG + "we will pay $3.00 for each share.",
            LONG + "we will pay $3.25 for each share.",
            "The payment for each share is now $3.25. It was $3.00. You will receive more for "
            "each of your Eligible Options.",
        ),
    ],
)
def test_a_fact_outside_the_list_is_named_by_its_noun_phrase(old: str, new: str, said: str) -> None:
    changes, _ = fact_changes(old, new)
    written = " ".join(fact_sentences(changes, house_wording()))
    assert written.replace("p.m..", "p.m.") == said
    assert "in the sentence that begins" not in written


def test_a_fact_its_sentence_does_not_name_gets_a_placeholder_for_counsel() -> None:
    old = LONG.replace(", then,", ",") + "the closing, which will be no later than 10:00 a.m."
    new = old.replace("10:00 a.m.", "11:00 a.m.")
    changes, _ = fact_changes(old, new)
    written = " ".join(fact_sentences(changes, house_wording()))
    [mark] = placeholders(written)
    assert "11:00 a.m." in written and "10:00 a.m." in written
    assert "acceptance of your tendered options" not in written  # no sentence quoted
    assert "time" in mark


def test_no_name_is_longer_than_a_noun_phrase() -> None:
    """However long the sentence, what names the fact is a few words."""
    for clause in ("we will pay you", "each holder who tenders all of the notes will receive"):
        old = f"{LONG}{clause} $1.00 per note."
        changes, _ = fact_changes(old, old.replace("$1.00", "$1.10"))
        assert len(changes) == 1
        written = fact_sentences(changes, house_wording())[0]
        name = written.split(" is now ")[0]
        assert len(name.split()) <= 12, name
