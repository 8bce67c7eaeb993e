"""A holder's row is named in a plain paragraph as counsel writes a name ("Omar Haddad",
"Dana Morales's", "Haddad"), not only as the table prints it ("Haddad, Omar"); and a row
the change leaves alone, or one it adds, is a row too. Read by the exact caption of the
changed rows alone, "Omar Haddad now holds 18,000. It was 16,000." (another holder's change)
and "Aiko Fujimoto now holds 20,000" (she holds 8,000) passed with "no errors"."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from tests.support.plain import rsu_table_amendment, table_errors

HEAD = "Name\tEligible Options Held"
OLD = [
    "Abernathy, Jonas\t40,000",
    "Eriksen, Lars\t16,000",
    "Fujimoto, Aiko\t8,000",
    "Haddad, Omar\t5,000",
]
NEW = [
    "Fujimoto, Aiko\t8,000",
    "Abernathy, Jonas\t41,000",
    "Hartley, Quinn\t20,000",
    "Eriksen, Lars\t18,000",
    "Haddad, Omar\t5,500",
]


@pytest.fixture
def holders(example_filing_toml: Path) -> Amendment:
    return rsu_table_amendment(example_filing_toml, HEAD, OLD, NEW, section="10. Interests")


_errors = table_errors


RIGHT = [
    "Omar Haddad now holds 5,500 Eligible Options. It was 5,000.",
    "Lars Eriksen's holding is now 18,000 Eligible Options. It was 16,000.",
    "Haddad, Omar now holds 5,500 Eligible Options. It was 5,000.",
    "Eriksen now holds 18,000 Eligible Options. It was 16,000.",
    "We added Quinn Hartley, who now holds 20,000 Eligible Options.",
    "Aiko Fujimoto now holds 8,000 Eligible Options, as before.",
    "Jonas Abernathy now holds 41,000 Eligible Options, and Quinn Hartley 20,000.",
    # the change said as counsel also say it: "from … to …", "up from …", "He held …"
    "Lars Eriksen's holding rose from 16,000 to 18,000 Eligible Options.",
    "Lars Eriksen now holds 18,000 Eligible Options, up from 16,000.",
    "Lars Eriksen now holds 18,000 Eligible Options. He held 16,000.",
    "We added Quinn Hartley, who holds 20,000 Eligible Options.",
]


@pytest.mark.parametrize("paragraph", RIGHT)
def test_a_holder_named_as_counsel_writes_names_passes(holders: Amendment, paragraph: str) -> None:
    assert _errors(holders, paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "named", "theirs"),
    [
        ("Omar Haddad now holds 18,000 Eligible Options. It was 16,000.", "Haddad", "Eriksen"),
        ("Haddad now holds 18,000 Eligible Options. It was 16,000.", "Haddad", "Eriksen"),
        (
            "Aiko Fujimoto's holding is now 41,000 Eligible Options. It was 40,000.",
            "Fujimoto",
            "Abernathy",
        ),
        ("Omar Haddad now holds 18,000 Eligible Options, up from 16,000.", "Haddad", "Eriksen"),
        ("Aiko Fujimoto's holding rose from 16,000 to 18,000.", "Fujimoto", "Eriksen"),
    ],
)
def test_another_holders_change_given_to_a_holder_is_an_error_naming_both(
    holders: Amendment, paragraph: str, named: str, theirs: str
) -> None:
    errors = _errors(holders, paragraph)
    assert len(errors) == 1, errors
    assert named in errors[0] and theirs in errors[0], errors


def test_the_wrong_way_round_for_a_holder_named_naturally_names_the_row(
    holders: Amendment,
) -> None:
    errors = _errors(holders, "Lars Eriksen now holds 16,000 Eligible Options. It was 18,000.")
    assert len(errors) == 1 and "wrong way round" in errors[0], errors
    assert "Eriksen, Lars" in errors[0], errors


@pytest.mark.parametrize(
    ("paragraph", "named", "printed"),
    [
        ("Aiko Fujimoto now holds 20,000 Eligible Options.", "Fujimoto, Aiko", "8,000"),
        ("Quinn Hartley now holds 25,000 Eligible Options.", "Hartley, Quinn", "20,000"),
        ("We added Quinn Hartley, who holds 8,000 Eligible Options.", "Hartley, Quinn", "20,000"),
    ],
)
def test_a_figure_a_named_holder_does_not_hold_is_an_error(
    holders: Amendment, paragraph: str, named: str, printed: str
) -> None:
    errors = _errors(holders, paragraph)
    assert len(errors) == 1, errors
    assert named in errors[0] and printed in errors[0], errors


def test_a_word_that_is_also_a_surname_is_no_name_in_lower_case(
    example_filing_toml: Path,
) -> None:
    amendment = rsu_table_amendment(
        example_filing_toml,
        HEAD,
        ["Park, Jae\t4,000", "Olsen, Petra\t6,000"],
        ["Park, Jae\t4,000", "Olsen, Petra\t6,500"],
        section="10. Interests",
    )
    paragraph = "Holders who park their options now hold 6,500 Eligible Options. It was 6,000."
    assert _errors(amendment, paragraph) == []
