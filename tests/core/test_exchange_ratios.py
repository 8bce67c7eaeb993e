"""Exchange ratios read the way counsel reads them, however the offer prints them: "2-for-1"
is two options given up for each new option (old per new), and so is "two-for-one", "two
options for each new option", "one new option for every two". Each phrasing is tested both
ways round, in the facts the checks compare and in the plain notice's sentence."""

from __future__ import annotations

from decimal import Decimal

import pytest

from amendtool.core.facts import extract
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences, placeholders, summary_text
from amendtool.core.wording import house_wording

# (how the offer prints it, old securities given up for each new one)
PHRASINGS = [
    ("a 2-for-1 exchange", Decimal(2)),
    ("a 1-for-2 exchange", Decimal("0.5")),
    ("a two-for-one exchange", Decimal(2)),
    ("a one-for-two exchange", Decimal("0.5")),
    ("an exchange of 2 for 1", Decimal(2)),
    ("two options for each new option", Decimal(2)),
    ("two new options for each option", Decimal("0.5")),
    ("one new option for every two", Decimal(2)),
    ("two new options for every one option you tender", Decimal("0.5")),
    ("2 Eligible Options for each New Option", Decimal(2)),
    ("one New Option for every 2 Eligible Options", Decimal(2)),
    ("For every 2 Eligible Options you exchange, we will grant you 1 New Option", Decimal(2)),
]


def sentence(ratio: str) -> str:
    return f"Options are exchanged at {ratio} as described in Section 3."


def ratio_value(text: str) -> Decimal:
    [fact] = [f for f in extract(text) if f.kind == "ratio"]
    return Decimal(fact.value)


@pytest.mark.parametrize(("printed", "old_per_new"), PHRASINGS)
def test_every_phrasing_is_read_as_old_per_new(printed: str, old_per_new: Decimal) -> None:
    # the facts the checks compare: new received for each old one given up
    assert ratio_value(sentence(printed)) == 1 / old_per_new


@pytest.mark.parametrize(("printed", "old_per_new"), PHRASINGS)
def test_the_plain_notice_says_what_one_receives(printed: str, old_per_new: Decimal) -> None:
    """Changed to a ratio that gives fewer new options (three old for one new, or for one
    new, one old more): the notice says one receives fewer, with both ratios the right way
    round."""
    worse = {
        Decimal(2): printed.replace("2", "3").replace("two", "three"),
        Decimal("0.5"): printed.replace("2", "1", 1).replace("two", "one", 1),
    }[old_per_new]
    changes, rest_changed = fact_changes(sentence(printed), sentence(worse))
    assert not rest_changed
    [change] = changes
    if " for 1" in printed or "-for-" in printed:
        # "X for Y" alone: offers print it either way round, so counsel says which
        assert change.kind == "ratio" and change.direction == 0 and change.unread
        said = " ".join(fact_sentences(changes, house_wording()))
        assert "fewer New Options" not in said and placeholders(said), said
        return
    assert change.kind == "ratio" and change.direction == -1
    said = " ".join(fact_sentences(changes, house_wording()))
    assert "fewer New Options" in said
    if old_per_new == 2:
        assert "one New Option for every three Eligible Options" in said
        assert "It was one for every two." in said
    else:
        assert "one New Option for each Eligible Option" in said
        assert "It was two for each." in said


def test_the_same_ratio_printed_two_ways_is_the_same_ratio() -> None:
    assert ratio_value(sentence("a 2-for-1 exchange")) == ratio_value(
        sentence("one new option for every two")
    )
    assert ratio_value(sentence("a two-for-one exchange")) == ratio_value(
        sentence("2 Eligible Options for each New Option")
    )
    changes, _ = fact_changes(sentence("a 2-for-1 exchange"), sentence("a two-for-one exchange"))
    assert not changes  # the same ratio: nothing changed


def test_a_hyphenated_ratio_is_read_as_its_own_sentence_defines_it() -> None:
    """In "one New Option for every two Eligible Options … We refer to this as the 1-for-2
    exchange ratio": the "1-for-2" is one new for two old, as the offer says, so the
    paragraph states one change, said once."""
    text = (
        "You will receive one New Option for every {n} Eligible Options, rounded down. "
        "We refer to this as the 1-for-{d} exchange ratio."
    )
    old, new = text.format(n="two", d=2), text.format(n="three", d=3)
    assert {f.value for f in extract(old) if f.kind == "ratio"} == {"0.5"}
    changes, rest_changed = fact_changes(old, new)
    assert not rest_changed
    assert {(c.old, c.new, c.direction) for c in changes} == {("one for two", "one for three", -1)}
    said = summary_text(fact_sentences(changes, house_wording()))
    assert said.count("You will now receive") == 1, said
    assert "more" not in said, said


def test_a_ratio_reason_names_both_ratios_whole_and_what_the_holder_gets() -> None:
    from amendtool.core.fact_names import describe_facts
    from amendtool.core.facts import changed_facts
    from amendtool.core.materiality_rules import house_rules

    old = "You will give up two Eligible Options for each New Option."
    new = "You will give up three Eligible Options for each New Option."
    reason = describe_facts(changed_facts(old, new), house_rules(), old)
    assert "for each New Option" in reason, reason
    assert "fewer" in reason and "Lowers" not in reason, reason
