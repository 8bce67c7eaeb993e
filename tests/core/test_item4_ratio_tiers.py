"""Item 4 states each tier's new exchange ratio when several tiers of a ratio table change:
with every tier moved one step (2.5, 4.0, 6.0, 9.0 → 4.0, 6.0, 9.0, 12.0) it said only "to
change the New RSUs to be granted for the Eligible Options", though no New RSU changed; and a
tier is named as a holder reads it ("with an exercise price per share of $15.00 - $19.99", not "with
an exercise price of eligible option of …")."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_item4_ratio_rows import _item4, _offer

HEAD = "Exercise Price of Eligible Option\tEligible Options per New RSU"
TIERS = ["$15.00 - $19.99", "$20.00 - $29.99", "$30.00 - $39.99", "$40.00 and above"]


def _rows(ratios: list[str]) -> list[str]:
    return [HEAD, *(f"{tier}\t{ratio}" for tier, ratio in zip(TIERS, ratios, strict=True))]


def test_every_tier_changed_is_stated_with_its_own_ratios(example_filing_toml: Path) -> None:
    old_ratios, new_ratios = ["2.5", "4.0", "6.0", "9.0"], ["4.0", "6.0", "9.0", "12.0"]
    old = _offer(_rows(old_ratios))
    new = _offer(_rows(new_ratios))
    _, text = _item4(example_filing_toml, old, new)
    said = " ".join(text.split())
    assert "to be granted for" not in said, said
    for tier, was, now in zip(TIERS, old_ratios, new_ratios, strict=True):
        clause = (
            f"exercise price per share of {tier} from one New RSU for every {was} Eligible Options"
        )
        assert clause in said, said
        assert f"{clause} to one New RSU for every {now} Eligible Options" in said, said
    assert "eligible option of" not in said.casefold(), said
