"""What an amount is when it is no consideration: the fees and expenses the company pays, a
loan, a salary, a market value. Named by the words just before it (the firm's [[measures]]
with `before = true` in resources/materiality/rules.toml), so "we expect to pay fees of $1.5
million" is never read as a cash payment to holders, nor its change as one of the terms.
An amount paid for each security ("a fee of $2.00 per share") is left to the offer's terms:
it may be what holders are paid (a consent fee).
"""

from __future__ import annotations

import re

from amendtool.core.materiality_rules import Rules

_CLAUSE_END = re.compile(r"[,;:()\u2014]|\.\s")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z\"“(])")


def amount_named(rules: Rules, kind: str, text: str, printed: str) -> str | None:
    """The firm's name for the figure `printed` in `text` when the words before it say it
    is something other than the consideration ("the fees and expenses"); None otherwise."""
    at = text.find(printed)
    if at < 0 or kind not in ("money", "percent"):
        return None
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    clause_start = starts[-1] if starts else 0
    end = _CLAUSE_END.search(text, at + len(printed))
    clause = text[clause_start : end.start() if end else len(text)]
    if rules.paid_per.search(clause):
        return None  # "a fee of $2.00 per share": paid for each security, as holders are
    named = _nearest(rules, kind, text[clause_start:at])
    holders = (rules.payments, rules.receives, rules.prices)
    if named is not None or any(words.search(clause) for words in holders):
        return named
    # "all fees and expenses of the offer, which we estimate at $1.5 million"
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    return _nearest(rules, kind, text[sentence_start:at])


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
