"""A figure under a column heading that names what it counts, in the plural ("Shares",
"Preferred Shares", "New RSUs"), is the number of them: "The number of preferred shares is
now 5,200", never "The preferred shares is now 5,200"."""

from __future__ import annotations

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_heading_words import counts_things

HEAD = "Holder\tPreferred Shares\tPercent of Class"


def test_a_count_under_a_plural_heading_is_the_number_of_them() -> None:
    old = f"{HEAD}\nQuill, Maren\t4,100\t0.1%\nAshdown, Piers\t5,200\t0.3%"
    new = f"{HEAD}\nQuill, Maren\t5,200\t0.1%\nAshdown, Piers\t5,200\t0.3%"
    changes, _ = fact_changes(old, new)
    assert [c.label for c in changes] == ["number of preferred shares"], changes


def test_headings_that_count_things_and_those_that_do_not() -> None:
    assert counts_things("shares") and counts_things("preferred shares")
    assert counts_things("New RSUs") and counts_things("eligible options")
    for label in ("percent of class", "exercise prices", "status", "number of shares", "class"):
        assert not counts_things(label), label
