"""A change in what the company or its board recommends is material wherever it is printed."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.core.test_materiality import drafted

WITHDRAWN = (
    "The board of directors of the Company recommends that shareholders tender their shares.",
    "Neither the Company nor its board of directors makes any recommendation as to whether "
    "shareholders should tender their shares.",
)
NEUTRAL = (
    "Neither we nor our board of directors makes any recommendation as to whether you "
    "should tender your options.",
    "Our board of directors recommends that you tender your options.",
)


@pytest.mark.parametrize("heading", ["17. Miscellaneous", "Introduction", "Summary Term Sheet"])
@pytest.mark.parametrize(("old", "new"), [WITHDRAWN, NEUTRAL], ids=["withdrawn", "given"])
def test_a_changed_recommendation_is_material_in_any_section(
    heading: str, old: str, new: str
) -> None:
    intro = "The offer is described below."
    item = drafted(heading, [intro, old], [intro, new])[0]
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert "recommend" in item.materiality_reason.casefold()


def test_advice_to_consult_a_tax_advisor_is_not_a_recommendation_on_the_offer() -> None:
    old = ["We recommend that you consult your tax advisor.", "See the website."]
    new = ["We recommend that you consult your own tax advisor.", "See the website."]
    item = drafted("17. Miscellaneous", old, new)[0]
    assert "position" not in item.materiality_reason.casefold()
