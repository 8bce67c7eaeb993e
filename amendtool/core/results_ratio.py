"""The results amendment's count of new securities held to the exchange ratio in force.

The offer as amended by the whole series states how many new securities holders receive
for what they tender ("For every two shares … you will receive one New RSU"). The number
counsel enters as issued should be the number accepted at that ratio, give or take the
rounding each holder's grant is made with; a count at the ratio of the offer as filed, or
one that is simply the number accepted, is a slip counsel should see before filing."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from amendtool.core.amendment import Amendment
from amendtool.core.bare_ratios import BARE
from amendtool.core.facts import facts_of
from amendtool.core.filing import FilingError
from amendtool.core.findings import WARNING, Finding
from amendtool.core.materiality_examples import example_wording
from amendtool.core.model import Document
from amendtool.core.ratios import is_split_ratio
from amendtool.core.results import parse_results
from amendtool.core.segment import sentences

CODE = "results_ratio"


def stated_ratios(document: Document) -> dict[Decimal, str]:
    """Each exchange ratio the offer states in words (what one security given up brings),
    with its words as printed; bare "1 for 2" ratios, stock splits and worked examples are
    left out (they say nothing sure of which way the exchange runs)."""
    wording = example_wording()
    examples = wording[0] if wording else None
    found: dict[Decimal, str] = {}
    for paragraph in document.paragraphs():
        if " for " not in paragraph.text and "every" not in paragraph.text:
            continue
        for sentence in sentences(paragraph.text):
            if examples is not None and examples.search(sentence):
                continue
            for fact in facts_of(sentence, "ratio"):
                if BARE.fullmatch(fact.text.strip()) or is_split_ratio(sentence, fact.text):
                    continue
                value = Decimal(fact.value).quantize(Decimal("0.000001"))
                if value > 0:
                    found.setdefault(value, " ".join(fact.text.split()))
    return found


def check_results_ratio(amendment: Amendment) -> list[Finding]:
    """A warning when the new securities reported differ from the number accepted at the
    one exchange ratio the offer as amended states, by more than rounding for each holder
    (one a holder, when counsel gives the number of holders; else one in a thousand)."""
    try:
        results = parse_results(amendment.results_data)
    except FilingError:
        return []  # refused where they are entered
    ratios = stated_ratios(amendment.revised)
    if len(ratios) != 1 or not results.accepted:
        return []  # no ratio in words, or one for each band of prices: counsel's to check
    [(ratio, printed)] = ratios.items()
    expected = int((results.accepted * ratio).to_integral_value(ROUND_HALF_UP))
    if results.holders:
        allowed = results.holders
        rounding = f"up to one for each of the {results.holders:,} holders"
    else:
        allowed = max(1, expected // 1000)
        rounding = f"up to {allowed:,} (give results.holders to allow one for each holder)"
    if abs(results.issued - expected) <= allowed:
        return []
    return [
        Finding(
            WARNING,
            CODE,
            f"results.issued is {results.issued:,}, but the exchange ratio in force, as the "
            f'offer as amended states it ("{printed}"), gives {expected:,} for the '
            f"{results.accepted:,} accepted; rounding each holder's grant may move it by "
            f"{rounding}: correct results.issued, or say in results.statement why it differs",
        )
    ]
