"""Figures that are not facts for employees: a street number, a phone number, a year in a
name, a section number are part of what they name; a changed address is said as rewritten
words with a placeholder for counsel, never as "The located is now 2150". And a figure that
no noun phrase names is left for counsel to name, never named by a verb."""

from __future__ import annotations

import pytest

from amendtool.core.plain_facts import fact_changes, facts_in
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording


@pytest.mark.parametrize(
    "text",
    [
        "Our offices are located at 2150 Orchard Parkway, San Jose, California 95134.",
        "Our offices are at 400 Mission Ridge Road, Suite 200, Austin, Texas 78701.",
        "You may call Stock Administration at (408) 555-0148 with questions.",
        "You may call us at 408-555-0148 or 1-800-555-0199.",
        "Options granted under the 2010 Equity Incentive Plan are eligible.",
        "Our 2019 Annual Meeting of Stockholders approved the program.",
    ],
)
def test_figures_that_are_part_of_a_name_are_not_facts(text: str) -> None:
    assert [f.text for f in facts_in(text) if f.kind in ("number", "count")] == []


def test_a_changed_address_is_not_a_changed_fact() -> None:
    old = "Our principal executive offices are located at 400 Mission Ridge Road, San Jose."
    new = "Our principal executive offices are located at 2150 Orchard Parkway, San Jose."
    changes, rest_changed = fact_changes(old, new)
    assert changes == []
    assert rest_changed


def test_a_figure_after_a_verb_is_not_named_by_the_verb() -> None:
    old = "Our offices are located at 400 on the map."
    new = "Our offices are located at 2150 on the map."
    changes, _ = fact_changes(old, new)
    said = " ".join(fact_sentences(changes, house_wording()))
    assert "located is" not in said
    assert "[name this number for employees]" in said


def test_a_five_figure_count_is_still_a_fact() -> None:
    changes, _ = fact_changes(
        "We are offering to purchase up to 12500 shares.",
        "We are offering to purchase up to 15000 shares.",
    )
    assert [(c.old, c.new) for c in changes] == [("12500", "15000")]


def test_a_percentage_someone_holds_is_left_for_counsel_to_name() -> None:
    changes, _ = fact_changes(
        "Harlow Partners, L.P. holds approximately 14% of our common stock.",
        "Harlow Partners, L.P. holds approximately 18% of our common stock.",
    )
    said = " ".join(fact_sentences(changes, house_wording()))
    assert "The percentage of our common stock is now" not in said
    assert "[name this percentage for employees] is now 18%" in said
