"""A figure the plain notice states keeps the unit the offer prints with it: "The fixed
spread is now 75 basis points. It was 50 basis points.", never "is now 75". Checked over
every unit the firm's list (resources/plain/figures.toml) names."""

from __future__ import annotations

import tomllib

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording
from amendtool.resources import resource_path


def _units() -> list[str]:
    data = tomllib.loads(resource_path("plain", "figures.toml").read_text(encoding="utf-8"))
    return [str(w) for w in data["units_of_measure"]["words"]]


def _said(old: str, new: str) -> str:
    changes, _ = fact_changes(old, new)
    return " ".join(fact_sentences(changes, house_wording()))


def test_a_spread_in_basis_points_keeps_its_unit() -> None:
    old = "The price is set using a fixed spread of 50 basis points over the Reference Yield."
    said = _said(old, old.replace("50", "75"))
    assert "The fixed spread is now 75 basis points. It was 50 basis points." in said, said


@pytest.mark.parametrize("unit", _units())
def test_every_listed_unit_is_said_with_its_figure(unit: str) -> None:
    old = f"The Company will apply an adjustment of 40 {unit} to the calculation."
    said = _said(old, old.replace("40", "65"))
    assert f"now 65 {unit}." in said, said
    assert f"was 40 {unit}." in said, said
