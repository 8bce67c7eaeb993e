"""What an amount is when it is no consideration: the fees and expenses the company pays, a
loan, a salary, a market value. Named by the words just before it (the firm's [[measures]]
with `before = true` in resources/materiality/rules.toml), so "we expect to pay fees of $1.5
million" is never read as a cash payment to holders, nor its change as one of the terms.
An amount paid for each security ("a fee of $2.00 per share") is left to the offer's terms:
it may be what holders are paid (a consent fee).
"""

from __future__ import annotations

from amendtool.core.figure_places import clause_around, remembered, sentence_start, words_before
from amendtool.core.materiality_rules import Rules


def amount_named(rules: Rules, kind: str, text: str, printed: str) -> str | None:
    """The firm's name for the figure `printed` in `text` when the words before it say it
    is something other than the consideration ("the fees and expenses"); None otherwise."""
    if kind not in ("money", "percent"):
        return None

    def work() -> str | None:
        at = text.find(printed)
        if at < 0:
            return None
        clause_start, clause_end = clause_around(text, at, len(printed))
        clause = text[clause_start:clause_end]
        if rules.paid_per.search(clause):
            return None  # "a fee of $2.00 per share": paid for each security, as holders are
        named = _nearest(rules, kind, words_before(text, clause_start, at))
        holders = (rules.payments, rules.receives, rules.prices)
        if named is not None or any(words.search(clause) for words in holders):
            return named
        # "all fees and expenses of the offer, which we estimate at $1.5 million"
        return _nearest(rules, kind, words_before(text, sentence_start(text, at), at))

    answer = remembered(text, ("amount_named", kind, printed), rules, work)
    return answer if isinstance(answer, str) else None


def _nearest(rules: Rules, kind: str, before: str) -> str | None:
    """The entry whose words end nearest the figure, unless a word saying what holders
    receive comes after them ("holders who pay no fees will receive $5.00")."""
    best: tuple[int, str] | None = None
    for measure in rules.measures:
        if not measure.before or kind not in measure.kinds:
            continue
        end = measure.words.last_end(before)
        if end >= 0 and (best is None or end > best[0]):
            best = end, measure.name
    if best is None or rules.receives.last_end(before) > best[0]:
        return None
    return best[1]
