"""The issuer is what it is: a partnership is "a Delaware limited partnership (the
"Partnership")" in the opening, never "a Delaware corporation (the "Company")". The form and
the defined name come from filing.toml ([issuer] entity_form, defined_name), else from the
name's ending by the table in resources, and a name no table knows is put to counsel."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import filing_from_dict
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.filing_fields import FIELDS, named
from amendtool.core.layout import Role
from amendtool.core.offer_names import defined_name, entity_form, inferred_form
from amendtool.resources import resource_path
from tests.support.builders import doc

SPEC = [
    ("", ["We are offering to exchange Eligible Options for New Options."]),
    ("1. Eligibility", ["You may tender your Eligible Options by returning the Election Form."]),
]
REVISED = [
    ("", ["We are offering to exchange Eligible Options for New Options."]),
    ("1. Eligibility", ["You may tender your Eligible Options by returning an Election Form."]),
]


@pytest.fixture
def data(example_filing_toml: Path) -> dict[str, Any]:
    return tomllib.loads(example_filing_toml.read_text())


def opening_and_findings(data: dict[str, Any]) -> tuple[str, list[Any]]:
    amendment = draft_amendment(doc(SPEC), doc(REVISED), filing_from_dict(data))
    opening = next(
        b.text
        for b in schedule_to_blocks(amendment)
        if b.role is Role.BODY and b.text.startswith("This Amendment")
    )
    return opening, [f for f in run_checks(amendment) if f.code == "entity"]


def test_a_partnership_is_not_called_a_corporation(data: dict[str, Any]) -> None:
    data["issuer"]["name"] = "Bramblewick Partners, L.P."
    opening, findings = opening_and_findings(data)
    assert (
        'by Bramblewick Partners, L.P., a Delaware limited partnership (the "Partnership"), '
        "relating to" in opening
    )
    assert "corporation" not in opening and '"Company"' not in opening
    assert findings == []


def test_a_corporation_keeps_the_precedent_words(data: dict[str, Any]) -> None:
    opening, findings = opening_and_findings(data)
    assert 'Mpower Holding Corporation, a Delaware corporation (the "Company")' in opening
    assert findings == []


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Acme Widgets, Inc.", "corporation"),
        ("Acme Widgets Incorporated", "corporation"),
        ("Pembroke Valley Systems Corp.", "corporation"),
        ("Carrow Holdings Corporation", "corporation"),
        ("Bramblewick Partners, L.P.", "limited partnership"),
        ("Bramblewick Partners LP", "limited partnership"),
        ("Kilnworth Capital LLC", "limited liability company"),
        ("Kilnworth Capital, L.L.C.", "limited liability company"),
        ("Everhaven N.V.", "public limited liability company (naamloze vennootschap)"),
        ("Tillbrook plc", "public limited company"),
        ("Quillon Ltd.", "limited company"),
        ("Quillmere Group", None),
    ],
)
def test_the_form_is_told_from_the_name_ending(name: str, form: str | None) -> None:
    assert inferred_form(name) == form


def test_counsel_gives_the_form_and_the_defined_name(data: dict[str, Any]) -> None:
    data["issuer"].update(
        {"name": "Carrow Holdings", "entity_form": "statutory trust", "defined_name": "the Trust"}
    )
    opening, findings = opening_and_findings(data)
    assert 'Carrow Holdings, a Delaware statutory trust (the "Trust")' in opening
    assert findings == []
    written = filing_from_dict(data).to_toml_dict()["issuer"]
    assert (written["entity_form"], written["defined_name"]) == ("statutory trust", "the Trust")


def test_a_name_no_table_knows_is_put_to_counsel(data: dict[str, Any]) -> None:
    data["issuer"]["name"] = "Quillmere Group"
    opening, findings = opening_and_findings(data)
    assert [f.severity for f in findings] == ["warning"]
    assert '"Quillmere Group"' in findings[0].message
    assert named("issuer", "entity_form") in findings[0].message
    assert "a Delaware corporation" in opening  # the table's stand-in, until counsel says


def test_defaults_left_out_stay_out_when_written_back(data: dict[str, Any]) -> None:
    filing = filing_from_dict(data)
    written = filing.to_toml_dict()["issuer"]
    assert "entity_form" not in written and "defined_name" not in written
    assert (entity_form(filing), defined_name(filing)) == ("corporation", "the Company")


def test_no_wording_template_names_the_issuer_for_itself() -> None:
    """Every sentence naming the issuer takes its form and defined name from the filing."""

    def texts(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [t for v in value.values() for t in texts(v)]
        if isinstance(value, list):
            return [t for v in value for t in texts(v)]
        return []

    for style in ("standard", "edgar-ascii"):
        with resource_path("wording", f"{style}.toml").open("rb") as handle:
            for text in texts(tomllib.load(handle)):
                assert "the Company" not in text and '"Company"' not in text, text
                assert "corporation" not in text, text


def test_the_form_has_both_fields() -> None:
    keys = {(table, key) for table, key, _, _ in FIELDS}
    assert {("issuer", "entity_form"), ("issuer", "defined_name")} <= keys
