"""Every sentence the tool writes from the wording file reads cleanly whatever fragments are
left empty: no doubled space ("for each  to"), no space before a stop, no space opening a
sentence; the spacing a template prints itself ("Item 4.  Terms of the Transaction.") is kept.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.templates import fill
from amendtool.core.wording import house_wording

FRAGMENTS = [
    "",
    " ",
    "Eligible Options",
    "one New Option",
    " on page 27",
    ", as amended,",
    "x ",
    "for the Notes, plus accrued and unpaid interest,",  # a parenthetical closing a value
    "Options, RSUs, ",  # a list joined with an empty last part
]
_STOPS = (" ,", " .", " ;", " :", ",.", ",;", ",:", ",,")


def templates() -> Iterator[tuple[str, str]]:
    wording = house_wording()
    tables = {
        "phrases": wording.phrases,
        "filing": wording.filing,
        "notice": wording.notice,
        "exhibits": wording.exhibits,
        "schedule_to": wording.schedule_to,
        "notice_document": wording.notice_document,
        "plain_notice": wording.plain_notice,
    }
    yield from _walk(tables, "")


def _walk(data: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(data, str):
        if "{" in data:
            yield where, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _walk(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _walk(value, f"{where}[{index}]")


TEMPLATES = list(templates())


def fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def literals(template: str) -> str:
    return "|".join(text for text, _, _, _ in string.Formatter().parse(template))


def test_the_wording_file_has_templates_to_fill() -> None:
    assert len(TEMPLATES) > 50
    assert all(fields(t) for _, t in TEMPLATES)


def test_an_empty_fragment_leaves_no_doubled_space() -> None:
    # a plain paragraph's ratio said with the tendered words left empty
    said = fill("You will now receive {new} for each {tendered} to purchase shares.", new="one",
                tendered="")  # fmt: skip
    assert said == "You will now receive one for each to purchase shares."
    assert fill("as filed {as_amended} .", as_amended="") == "as filed."
    assert fill("{opening} We will pay.", opening="") == "We will pay."
    assert fill("Date:  {date}", date="May 1") == "Date:  May 1"  # the template's own spacing


def test_a_value_closing_on_a_comma_ends_the_sentence_on_its_stop() -> None:
    """ ", plus accrued and unpaid interest," said last in a sentence: the parenthetical's
    closing comma gives way to the sentence's stop ("interest.", never "interest,.")."""
    paid = "the Notes accepted, plus accrued and unpaid interest,"
    assert fill("We will pay {paid}.", paid=paid) == (
        "We will pay the Notes accepted, plus accrued and unpaid interest."
    )
    assert fill("{a}, {b}; then", a="Options", b="") == "Options; then"
    assert fill("{a}, {b}, and more", a="Options", b="") == "Options, and more"
    assert fill("We pay {paid} in cash.", paid=paid) == f"We pay {paid} in cash."


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_template_filled_any_way_reads_cleanly(data: st.DataObject) -> None:
    where, template = data.draw(st.sampled_from(TEMPLATES))
    values = {name: data.draw(st.sampled_from(FRAGMENTS)) for name in fields(template)}
    said = house_template(where, template).format(**values)
    own = literals(template)
    assert said.count("  ") <= own.count("  "), (where, said)
    for stop in _STOPS:
        assert said.count(stop) <= own.count(stop), (where, said)
    assert not said.startswith(" ") or template.startswith(" "), (where, said)


def house_template(where: str, template: str) -> str:
    """The template as the wording file hands it out (its own `format`)."""
    assert type(template) is not str, f"{where} is not filled as a wording template"
    return template
