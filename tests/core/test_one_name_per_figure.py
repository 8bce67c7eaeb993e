"""One figure changed in several places is named one way in every item's reason: the price
raised on the cover, in a Q&A ("We will pay you $25.50 in cash") and in the terms is "the
price" each time, never "the price" in two items and "the cash payment" in the third.
Different figures keep their own names."""

from __future__ import annotations

import re

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from tests.core.test_plain_holders import holders  # noqa: F401
from tests.support.builders import Spec, doc

OFFER: Spec = [
    (
        "",
        [
            "Braxton Holdings, Inc. offers to purchase up to 1,500,000 Preferred Shares at a "
            "price of $25.50 per Preferred Share, net to the seller in cash."
        ],
    ),
    (
        "Summary Term Sheet",
        [
            "How much will you pay me for my Preferred Shares?",
            "We will pay you $25.50 in cash for each Preferred Share you tender.",
        ],
    ),
    (
        "1. Terms of the Offer",
        [
            "We will pay the Purchase Price of $25.50 per Preferred Share.",
            "We will pay a fee of $0.50 per Preferred Share to soliciting dealers.",
        ],
    ),
]
NAMED = re.compile(r"(?:Raises|Lowers) (the [^:]+?) from (\$[\d.,]+) to (\$[\d.,]+)", re.I)


def test_a_figure_changed_in_several_places_has_one_name(
    holders: FilingDetails,  # noqa: F811
) -> None:
    revised = [
        (h, [p.replace("$25.50", "$26.25").replace("$0.50", "$0.75") for p in ps])
        for h, ps in OFFER
    ]
    amendment = draft_amendment(doc(OFFER), doc(revised), holders)
    names: dict[tuple[str, str], set[str]] = {}
    for item in amendment.change_items:
        for noun, old, new in NAMED.findall(item.materiality_reason):
            names.setdefault((old, new), set()).add(noun)
    reasons = [item.materiality_reason for item in amendment.change_items]
    assert len(names.get(("$25.50", "$26.25"), set())) == 1, reasons
    assert names[("$25.50", "$26.25")] != names.get(("$0.50", "$0.75")), reasons
