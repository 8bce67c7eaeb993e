"""What a proposal is, and the changes the rules propose as clarifying: typography,
punctuation, spelling, an abbreviation spelled out, a cross-reference, words that change no
right, amount or date, a list's connective, a disclaimer taken out, the same said in other
words (materiality.py asks
here first, then materiality_decisions.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from amendtool.core.abbreviations import defined_short_name, spelled_out
from amendtool.core.changes import Change, shown_words
from amendtool.core.corrections import corrected_spelling
from amendtool.core.facts import changed_facts, facts_of
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.locate import is_question
from amendtool.core.materiality_confirmations import confirmation
from amendtool.core.materiality_renames import defined_rename_reason
from amendtool.core.materiality_rules import Rules, Subject
from amendtool.core.materiality_same_meaning import (
    same_in_other_words,
    same_schedule_in_other_words,
)
from amendtool.core.materiality_same_words import same_words_otherwise
from amendtool.core.materiality_units import unit_spelled_out
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import fold_typography
from amendtool.core.wording_only import wording_only

C, M, K = Materiality.CLARIFYING, Materiality.MATERIAL, Materiality.CONSIDERATION
_PUNCTUATION = compiled(r"[^\w$%§\s]")


@dataclass(frozen=True)
class Proposal:
    """A class proposed for an item, with the reason counsel will read."""

    materiality: Materiality
    reason: str
    expiration: bool = False  # the item changes the offer's expiration
    change: tuple[str, str, str] | None = None  # consideration: (kind, old, new) it names


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def where_to_find(change: Change, rules: Rules) -> Subject | None:
    """General disclosure, when every changed sentence says where to find information."""
    changed = change.sentences or [change.text]
    if not all(rules.where_to_find.search(s) for s in changed):
        return None
    return next((s for s in rules.subjects if s.kind == "disclosure"), None)


def clarifying_only(change: Change, subject: Subject | None, rules: Rules) -> str | None:
    if change.whole and not change.facts:
        cross_reference = _cross_reference(change, rules)
        if cross_reference:
            return f"{cross_reference}; no right, amount or date changes"
    if change.whole:
        disclaimer = rules.disclaimers.search(change.old) if not change.new.strip() else None
        if disclaimer and not change.facts:
            return f"Takes out a disclaimer (“{disclaimer}”); no right, amount or date changes"
        # otherwise a whole text added or taken out is judged by its subject
        return confirmation(change, rules)  # unless it only confirms what holders receive
    if change.facts:
        if subject is not None and subject.kind == "terms":
            return None
        if subject is not None and subject.historical and _only_dates(change):
            return (
                f"Corrects a date in {subject.name} ({_pairs(change)}); no amount or right "
                "changes; confirm"
            )
        return None
    cross_reference = _cross_reference(change, rules)
    if cross_reference:
        return f"{cross_reference}; no right, amount or date changes"
    combined = wording_only(change)
    if combined:  # capitals, a misspelling and a cross-reference together
        return combined
    a, b = fold_typography(change.old).casefold(), fold_typography(change.new).casefold()
    if a == b:
        return "Typography only (capitals, quotation marks, spacing)"
    if _PUNCTUATION.sub("", a).split() == _PUNCTUATION.sub("", b).split():
        return "Punctuation and typography only"
    spelled = spelled_out(change.old, change.new)
    if spelled and not change.words and change.old_refs == change.new_refs:
        what = "Spells out an abbreviation" if spelled[1] else "Abbreviates words"
        return f"{what} ({spelled[0]}); no right, amount or date changes"
    if not change.words:
        restated = _restated_schedule(change)
        if restated and change.old_refs == change.new_refs:
            what = "vesting schedule" if "vest" in change.text.lower() else "installments"
            return (
                f"States the same {what} in other words ({restated}); no right, amount or "
                "date changes"
            )
        if change.old_refs == change.new_refs:
            return "Typography only (how an amount, a date or a word is printed)"
        old = ", ".join(r for r in change.old_refs if r not in change.new_refs) or "none"
        new = ", ".join(r for r in change.new_refs if r not in change.old_refs) or "none"
        return f"A cross-reference only ({old} → {new})"
    renamed = defined_rename_reason(change)  # the same party under another name
    if renamed:
        return renamed
    spelling = corrected_spelling(change)
    if spelling:
        return f"Corrects spelling ({spelling}); no right, amount or date changes"
    short = defined_short_name(fold_typography(change.old), change.edits)
    if short:
        return (
            f"Defines a short name (“{short}”) for words it follows; no right, amount or date "
            "changes"
        )
    if all(rules.harmless.matches_word(w) for w in change.words):
        return f"Rewords without changing a right, an amount or a date: {shown_words(change)}"
    described = _described(change, rules)
    if described:
        return (
            f"Adds a word that only describes what the sentence names ({described}); no "
            "right, amount or date changes"
        )
    unit = unit_spelled_out(change)  # "$18.50 or more" → "$18.50 or more per share"
    if unit:
        return f"Spells out the unit of a price (“{unit}”); the price does not change"
    confirmed = confirmation(change, rules)  # "cancelled" → "cancelled without payment"
    if confirmed:
        return confirmed
    named = _named_offer(change, rules)
    if named:
        return f"Calls the offer by its own name ({named}); no right, amount or date changes"
    connective = _list_connective(change)
    if connective:
        return f"Joins the clause to the next one in its list (“{connective}”)"
    return (
        same_in_other_words(change, rules)
        or same_schedule_in_other_words(change, rules)
        or same_words_otherwise(change, rules)
    )


def _cross_reference(change: Change, rules: Rules) -> str | None:
    """'Adds a cross-reference (Section 8)': the words put in or taken out only point to
    another place of the offer ("(see Section 8)", "See Section 3.", "as described in
    Section 9"; rules.toml [clarifying] cross_references), and a reference comes or goes."""
    came = [r for r in change.new_refs if r not in change.old_refs]
    gone = [r for r in change.old_refs if r not in change.new_refs]
    if not change.words or not (came or gone) or (change.added_words and change.removed_words):
        return None
    if not all(rules.cross_references.matches_word(w) for w in change.words):
        return None
    if came:
        return f"Adds a cross-reference ({', '.join(came)})"
    return f"Takes out a cross-reference ({', '.join(gone)})"


def _described(change: Change, rules: Rules) -> str | None:
    """'“available”': words put in, none taken out, each harmless or one that only describes
    what the sentence already names (rules.toml [clarifying] descriptive)."""
    if change.removed_words or not change.added_words:
        return None
    if not all(
        rules.harmless.matches_word(w) or rules.descriptive.matches_word(w)
        for w in change.added_words
    ):
        return None
    put = [w for w in change.added_words if rules.descriptive.matches_word(w)]
    return ", ".join(f"“{w}”" for w in dict.fromkeys(put)) or None


def _named_offer(change: Change, rules: Rules) -> str | None:
    """'“exchange offer”': words that only call the offer by another of its own names ("the
    offer" → "the exchange offer"; rules.toml [clarifying] offer_names, and the names the
    offer defines for itself), the rest of the text word for word the same."""
    if not (change.added_words or change.removed_words) or not rules.offer_names:
        return None
    names = "|".join(r"\s+".join(map(re.escape, n.split())) for n in rules.offer_names)
    name = re.compile(rf"\b(?:{names})\b")

    def read(text: str) -> tuple[list[str], list[str]]:
        folded = fold_typography(text).casefold()
        said = [m.group() for m in name.finditer(folded)]
        return _PUNCTUATION.sub(" ", name.sub(" offer ", folded)).split(), said

    (old, old_names), (new, new_names) = read(change.old), read(change.new)
    if old != new or old_names == new_names:
        return None
    put = [n for n in new_names if n not in old_names] or new_names
    return ", ".join(f"“{n}”" for n in dict.fromkeys(put)) or None


def _restated_schedule(change: Change) -> str | None:
    """'“three equal annual installments” → “equal installments on each of the first three
    anniversaries of the grant date”': a schedule printed in other words, its value kept."""
    old = facts_of(change.old, "schedule")
    new = facts_of(change.new, "schedule")
    pairs = [(a.text, b.text) for a, b in zip(old, new, strict=False) if a.text != b.text]
    return "; ".join(f"“{a}” → “{b}”" for a, b in pairs) or None


def _list_connective(change: Change) -> str | None:
    """'; or' put after what was the last clause of a list (ending in a full stop) when a
    clause is added after it, or taken off when the clause after it goes: the list's
    punctuation. Taking out or exchanging an "and" between clauses is not: it changes
    whether the clauses apply together."""
    a, b = fold_typography(change.old).strip(), fold_typography(change.new).strip()
    last, joined = (a, b) if len(a) < len(b) else (b, a)
    if not last.endswith(".") or not joined.startswith(last[:-1]):
        return None
    tail = joined[len(last) - 1 :].strip()
    return tail if re.fullmatch(r"[;,]\s*(or|and|and/or)", tail, re.IGNORECASE) else None


def _only_dates(change: Change) -> bool:
    return (
        not change.words
        and all(f.kind == "date" for f in change.facts)
        and bool(change.removed and change.added)
    )


def _pairs(change: Change) -> str:
    return ", ".join(
        f"{o.text} → {n.text}" for o, n in zip(change.removed, change.added, strict=False)
    )


def reworded_question(item: AmendmentItem) -> bool:
    """A question of a summary reworded, still a question, with no figure changed: it asks
    its answer again ("Who is eligible?" → "Who may participate in the offer?"), and the
    answer states the terms. A question whose figure changes states a term: read as any."""
    if item.kind not in _REWORDED_KINDS or not item.old_text or not item.new_text:
        return False
    if not (is_question(item.old_text) and is_question(item.new_text)):
        return False
    return not any(changed_facts(item.old_text, item.new_text))


_REWORDED_KINDS = (ItemKind.REPLACE_PARAGRAPH, ItemKind.REPLACE_SENTENCE, ItemKind.REPLACE_WORDS)


def only_addresses(change: Change) -> bool:
    """Only addresses or telephone numbers changed: no word, reference or other fact."""
    return (
        bool(change.facts)
        and not change.whole
        and not change.words
        and change.old_refs == change.new_refs
        and all(f.kind == "address" for f in change.facts)
    )
