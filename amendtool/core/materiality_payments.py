"""A changed amount paid for each security given up ("We will pay each holder $1.25 in cash
for each option tendered") is the consideration wherever the offer prints it: a section
titled "Payment" or "Source of Funds" names the procedure or the money's source, not what
the sentence changes, and the ten business days follow the sentence. An amount paid to an
agent ("a fee of $7,500 for its services") pays for no security and is not."""

from __future__ import annotations

from amendtool.core.changes import Change
from amendtool.core.fact_names import clause_of
from amendtool.core.materiality_rules import Rules
from amendtool.core.pattern_store import compiled

_WORD = compiled(r"[a-z]+")


def paid_per_security(change: Change, rules: Rules) -> bool:
    """An amount changed in a clause that pays it (`payments`) for each (`ratios`) of the
    securities the offer names (`units`)."""
    olds = [f for f in change.removed if f.kind == "money"]
    news = [f for f in change.added if f.kind == "money"]
    if not olds or not news:
        return False
    for fact in news:
        clause = clause_of(change.new, fact.text)
        words = _WORD.findall(clause.lower())
        if (
            rules.payments.search(clause)
            and rules.ratios.search(clause)
            and any(w in rules.units or f"{w}s" in rules.units for w in words)
        ):
            return True
    return False
