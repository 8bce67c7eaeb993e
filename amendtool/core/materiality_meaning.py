"""What a change says, against how it says it, for the rules that would otherwise propose it
clarifying (general disclosure, the company's description, a subject no rule names).

Counsel calls a change clarifying when it changes how a sentence says something, never what
it says: a statement rewritten into another ("You should read it carefully." → "We believe
these statements are reasonable.") or turned into its negation is material whatever section
it is printed in (rules.toml [rewritten_statements]). And a change of the company's financial
information is material wherever it is printed: a financial measure named, or a financial
word itself put in or taken out ("income" → "loss"), never any use of a word ("our sales
channels") (rules.toml [financial_information])."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from amendtool.core.abbreviations import spell_out, spelled_out
from amendtool.core.changes import Change, compare, what_it_does
from amendtool.core.corrections import corrected_spelling
from amendtool.core.items import Materiality
from amendtool.core.materiality_clarifying import Proposal
from amendtool.core.materiality_rules import Rules, Words, house_table
from amendtool.core.materiality_same_meaning import same_in_other_words
from amendtool.core.pattern_store import compiled

_WORD = compiled(r"[\w'’-]+")


@dataclass(frozen=True)
class FinancialWords:
    """The firm's words for financial information, read in a changed sentence."""

    measures: Words  # named in a changed sentence: financial information
    names: Words  # hold a measure's word and name something else ("Internal Revenue Code")
    words: Words  # financial information only when put in or taken out
    directions: Words  # put in or taken out beside one of `words`: how the finances stand
    reason: str


@cache
def _financial_words() -> FinancialWords | None:
    table = house_table("financial_information")
    if not table:
        return None
    return FinancialWords(
        Words(table.get("measures", [])),
        Words(table.get("names", [])),
        Words(table.get("words", [])),
        Words(table.get("directions", [])),
        str(table["reason"]),
    )


def financial_information(change: Change) -> Proposal | None:
    """A change of the company's finances ("net income" → "net loss", "revenue grew" →
    "revenue grew more slowly"): material, so no rule on describing the company or on general
    disclosure may call it clarifying; None otherwise."""
    rule = _financial_words()
    if rule is None:
        return None
    said = [s for s in change.sentences if s.strip()] or [t for t in (change.old, change.new) if t]
    if rule.names.pattern is not None:
        said = [rule.names.pattern.sub(" ", s) for s in said]
    word = next(filter(None, (rule.measures.search(s) for s in said)), None)
    # a whole text added or taken out puts in every word it has ("protects companies from
    # liability"): only a measure it names makes it financial information
    edited = [] if change.whole else change.words
    if word is None:
        word = next((w for w in edited if rule.words.matches_word(w)), None)
    if word is None and any(rule.directions.matches_word(w) for w in edited):
        word = next(filter(None, (rule.words.search(s) for s in said)), None)
    if word is None:
        return None
    why = f"{rule.reason} (\u201c{word}\u201d)"
    return Proposal(Materiality.MATERIAL, f"{why}: {what_it_does(change)}")


@dataclass(frozen=True)
class Rewriting:
    """The firm's rule for a sentence rewritten in other words: the negations that change
    what it says, and the reason said."""

    negations: Words
    reason: str


@cache
def _rewriting() -> Rewriting | None:
    table = house_table("rewritten_statements")
    if not table:
        return None
    return Rewriting(Words(table.get("negations", [])), str(table["reason"]))


def rewritten_statement(change: Change, rules: Rules) -> Proposal | None:
    """A sentence that says something else: a negation put in or taken out, or words of
    substance exchanged for others (the same said in other words was read as clarifying
    before this is asked); None for words only put in or taken out, and for a whole text
    added or taken out (weighed by its subject)."""
    rule = _rewriting()
    if rule is None or change.whole:
        return None
    said = [s for s in change.sentences if s.strip()] or [change.old, change.new]
    if all(rules.where_to_find.search(s) for s in said):
        return None  # where to find information, told another way
    # a negation put in or taken out, none in its place ("will update" → "will not update");
    # one exchanged for other words ("without charge" → "free of charge") is read as words
    alone = [w for taken, put in change.edits if not (taken and put) for w in _words(taken + put)]
    negation = next((w for w in alone if rule.negations.matches_word(w)), None)
    exchanged = negation is None and any(
        _exchanged(taken, put, rules) for taken, put in change.edits
    )
    if negation is None and not exchanged:
        return None
    why = f"{rule.reason} (\u201c{negation}\u201d)" if negation else rule.reason
    return Proposal(Materiality.MATERIAL, f"{why}: {what_it_does(change)}")


def _exchanged(taken: str, put: str, rules: Rules) -> bool:
    """Words of substance put for others that do not say the same: not an abbreviation
    spelled out ("SEC" → "Securities and Exchange Commission") nor words of one meaning."""
    before, after = _substance(taken, rules), _substance(put, rules)
    if not (before and after) or before <= after or after <= before:
        return False  # words only put in or taken out ("Dublin" → "Dublin, Ireland")
    if spelled_out(taken, put) is not None or spell_out(taken) == spell_out(put):
        return False
    edit = compare(taken, put)
    if not edit.words:  # "SEC" → "Securities and Exchange Commission"
        return False
    return same_in_other_words(edit, rules) is None and corrected_spelling(edit) is None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _substance(text: str, rules: Rules) -> frozenset[str]:
    """The words that say something: not the small words a rewording moves about."""
    return frozenset(w for w in _words(text) if not rules.harmless.matches_word(w))


def said_otherwise(change: Change, rules: Rules) -> Proposal | None:
    """Why a change the rules would call clarifying is not: financial information, or a
    statement that says something else; None when it only clarifies."""
    return financial_information(change) or rewritten_statement(change, rules)
