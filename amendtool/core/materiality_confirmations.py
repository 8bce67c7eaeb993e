"""Words and sentences that only confirm what the offer already gives, as the materiality
proposals read them (rules.toml [confirmations]).

Counsel often add such words to answer a staff comment or to forestall a holder's question:
"An option that expires unexercised is cancelled" → "… cancelled without payment" says what
already happens to an option nobody exercised; "The RSUs will be granted from shares reserved
under that plan, and no cash will be paid in the offer" says where the RSUs come from and
that a form of consideration the offer never gives is not paid. Nothing a holder has or
receives changes, so a needless five business days is not proposed. The same words on what
holders tender, a denial of a form the offer does pay, or anything said besides (a figure,
a right, "unless") are read as any other change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, cached_property

from amendtool.core.changes import Change
from amendtool.core.materiality_rules import Rules, Words, house_table
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import sentences
from amendtool.core.templates import fill

# a sentence's clauses: "…, and no cash will be paid", "…; you will not receive …"
_CLAUSES = compiled(r";|,\s*(?:and|but)\s+|\s+and\s+(?=no\b|not\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Confirmations:
    """The firm's words for a sentence that only confirms what the offer already gives,
    and the reasons said (rules.toml [confirmations])."""

    settled: Words
    ended: Words
    tendered: Words
    sources: Words
    reason_settled: str
    reason_confirms: str


@cache
def _confirmations() -> Confirmations | None:
    table = house_table("confirmations")
    if not table:
        return None

    def words(key: str) -> Words:
        return Words(sorted(table.get(key, []), key=len, reverse=True))

    return Confirmations(
        settled=words("settled"),
        ended=words("ended"),
        tendered=words("tendered"),
        sources=words("sources"),
        reason_settled=str(table.get("reason_settled", "Says only what already happens")),
        reason_confirms=str(table.get("reason_confirms", "Confirms what holders receive")),
    )


def confirmation(change: Change, rules: Rules) -> str | None:
    """The clarifying reason when the change only confirms what the offer gives; None
    otherwise."""
    rule = _confirmations()
    if rule is None or change.facts or change.old_refs != change.new_refs:
        return None
    if change.whole:
        return _confirming_sentences(change, rules, rule)
    return _settled(change, rule)


def _settled(change: Change, rule: Confirmations) -> str | None:
    """'“without payment”': only such words put in or taken out, in a sentence on a security
    that ended unexercised or was forfeited, and on nothing tendered."""
    if change.added_words and change.removed_words:
        return None
    longer = change.new if change.added_words else change.old
    shorter = change.old if change.added_words else change.new
    said = rule.settled.found(longer)
    if not said or _words(shorter) == _words(longer):
        return None
    without = rule.settled.pattern.sub(" ", _fold(longer)) if rule.settled.pattern else longer
    if _words(without) != _words(shorter):
        return None  # other words came or went with them
    if not rule.ended.search(shorter) or rule.tendered.search(longer):
        return None
    return fill(rule.reason_settled, words=", ".join(dict.fromkeys(said)))


def _confirming_sentences(change: Change, rules: Rules, rule: Confirmations) -> str | None:
    """'where the RSUs come from; “cash” is not paid': a whole text each of whose clauses
    only names the source of the new securities or denies a form the offer never gives."""
    if rules.given is None:
        return None  # what the offer gives is not known: nothing to confirm against
    text = change.new or change.old
    clauses = [c for s in sentences(text) for c in _CLAUSES.split(s) if _words(c)]
    said: list[str] = []
    for clause in clauses:
        if any(w.search(clause) for w in (rules.rights, rules.participation, rules.eligibility)):
            return None
        if any(words.search(clause) for words in rules.limits):
            return None
        source = rule.sources.search(clause)
        if source is not None:
            rest = rule.sources.pattern.sub(" ", _fold(clause)) if rule.sources.pattern else ""
            if not all(_key(f) in rules.given for f in forms_in(rest, rules)):
                return None  # a form the offer does not give, said to be granted
            said.append("where the new securities come from")
            continue
        denied = _denied_form(clause, rules)
        if denied is None:
            return None
        said.append(f"that no {denied} is paid")
    if not said:
        return None
    return fill(rule.reason_confirms, what="; ".join(dict.fromkeys(said)))


def _denied_form(clause: str, rules: Rules) -> str | None:
    """The form of consideration a clause says is not paid or received ("no cash will be
    paid"), when the offer never gives it; None otherwise."""
    if not rules.negations.search(clause):
        return None
    if not (rules.payments.search(clause) or rules.receives.search(clause)):
        return None
    forms = forms_in(clause, rules)
    if len(forms) != 1 or _key(forms[0]) in (rules.given or frozenset()):
        return None
    return forms[0].casefold()


def forms_given(texts: Iterable[str], rules: Rules) -> AbstractSet[str]:
    """The forms of consideration the offer gives: each named in a sentence on what holders
    receive or are paid that denies nothing ("You will receive $2.00 in cash for each …").
    Read from the offer when first asked: most drafts have no item that asks, and reading
    every sentence of a long offer for them is most of a proposal's work."""
    return _Given(tuple(texts), rules)


class _Given(AbstractSet[str]):
    """`forms_given`'s answer, worked out on first use."""

    def __init__(self, texts: tuple[str, ...], rules: Rules) -> None:
        self._texts, self._rules = texts, rules

    @cached_property
    def _forms(self) -> frozenset[str]:
        rules, given = self._rules, set[str]()
        for text in self._texts:
            for sentence in sentences(text):
                if rules.negations.search(sentence):
                    continue
                if rules.receives.search(sentence) or rules.payments.search(sentence):
                    given.update(_key(f) for f in forms_in(sentence, rules))
        return frozenset(given)

    def __contains__(self, form: object) -> bool:
        return form in self._forms

    def __iter__(self) -> Iterator[str]:
        return iter(self._forms)

    def __len__(self) -> int:
        return len(self._forms)

    def __hash__(self) -> int:
        return hash(self._forms)


def forms_in(text: str, rules: Rules) -> list[str]:
    pattern = rules.forms.pattern
    return [m.group(0) for m in pattern.finditer(_fold(text))] if pattern is not None else []


def _key(form: str) -> str:
    """'Cash payments' and 'cash payment', 'RSUs' and 'rsu' are one form."""
    return " ".join(form.casefold().split()).rstrip("s")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’]+", _fold(text).casefold())


def _fold(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("’", "'")
