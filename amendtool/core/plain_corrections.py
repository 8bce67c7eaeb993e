"""What the plain notice says of a change that only corrects: a misspelled word put right,
a cross-reference pointed elsewhere, or wording and typography alone. Nothing in the offer
changes, so nothing is left for counsel to explain."""

from __future__ import annotations

from functools import cache
from typing import Any

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.core.templates import fill
from amendtool.core.typography import fold_typography
from amendtool.resources import resource_path

# the items whose old and new text are compared for facts (the plain summary reads them too)
FACT_KINDS = frozenset(
    {
        ItemKind.REPLACE_WORDS,
        ItemKind.REPLACE_SENTENCE,
        ItemKind.REPLACE_PARAGRAPH,
        ItemKind.REPLACE_TABLE,
        ItemKind.REPLACE_ROW,
        ItemKind.REPLACE_SECTION,
    }
)


_LONGEST_NAME = 16  # words, old and new together: a longer quotation is no name


def correction_sentence(item: AmendmentItem, w: dict[str, Any]) -> str | None:
    """The plain sentence on an item that only corrects: a misspelled word put right, or a
    cross-reference pointed elsewhere. Nothing in the offer changes, so nothing is left for
    counsel to explain. Said only of a change classed clarifying: its sentences say nothing
    else changes, untrue of one counsel or the rules class otherwise."""
    if not clarifying(item) or item.kind not in FACT_KINDS or not (item.old_text and item.new_text):
        return None
    from amendtool.core.changes import compare, item_texts
    from amendtool.core.corrections import corrected_reference, corrected_spelling
    from amendtool.core.drafting.quoting import quoted_whole
    from amendtool.core.stated_names import name_changed
    from amendtool.core.wording_only import wording_parts

    # a name the offer defines, renamed ("Option Exchange Program" → "Exchange Program"): a
    # rename, never "wording and typography"
    renamed = quoted_whole(item.old_text, item.new_text, _LONGEST_NAME)
    if renamed is not None and clarifying(item) and "renamed_name" in w:
        return fill(w["renamed_name"], old=renamed[0], new=renamed[1])
    change = compare(*item_texts(item))
    moved = _address_moved(change)
    if moved is not None:  # where to write or call: the reader needs the new one
        return fill(w["updated_address"], old=moved[0], new=moved[1])
    named = name_changed(change) if clarifying(item) else None
    if named is not None and "changed_name" in w:  # "Austin" → "Round Rock": a stated fact
        return fill(w["changed_name"], old=named[0], new=named[1])
    several = wording_parts(change) if clarifying(item) else None
    if several is not None and "corrected_several" in w:
        return _several(several, w)
    if corrected_spelling(change):
        # a word read as a cross-reference once put right ("Secton 10" → "Section 10") is
        # no word of the comparison: the edit as printed names it
        added = change.added_words or [new for _, new in change.edits]
        words = " and ".join(f"“{word}”" for word in added)
        return fill(w["corrected_spelling"], words=words)
    reference = corrected_reference(change)
    if reference is None:
        return None
    old, new = reference
    key = "corrected_reference" if old and new else "corrected_reference_only"
    return fill(w[key], old=old, new=new)


def _several(parts: Any, w: dict[str, Any]) -> str:
    """'We corrected capital letters and the spelling of “withdraw”. A reference now points
    to Section 6, not Section 5. Nothing else in the offer changes.'"""
    what = [str(w["corrected_capitals"])] if parts.capitals else []
    if parts.spelled:
        words = " and ".join(f"“{word}”" for word in parts.spelled)
        what.append(fill(w["corrected_spelled"], words=words))
    said = ""
    if what:
        said = fill(w["corrected_several"], what=" and ".join(what))
    if parts.reference and parts.reference[0] and parts.reference[1]:
        old, new = parts.reference
        said = f"{said} {fill(w['corrected_several_reference'], old=old, new=new)}".strip()
    elif parts.reference:
        said = f"{said} {w['corrected_several_reference_only']}".strip()
    return f"{said} {w['corrected_several_end']}"


def _address_moved(change: Any) -> tuple[str, str] | None:
    """(old, new) addresses or telephone numbers, when they are all the change does."""
    facts = change.removed + change.added
    if change.words or not facts or any(f.kind != "address" for f in facts):
        return None
    if change.old_refs != change.new_refs or not (change.removed and change.added):
        return None
    return _joined(change.removed), _joined(change.added)


def _joined(facts: Any) -> str:
    return " and ".join(f.text for f in facts)


def clarifying(item: AmendmentItem) -> bool:
    """The rules propose the item clarifying and counsel has not classed it otherwise: it
    changes no right, amount or date, so the notice needs no explanation from counsel."""
    from amendtool.core.items import Materiality

    kept = Materiality.CLARIFYING
    return item.materiality_proposed is kept and item.materiality is kept


def wording_correction(item: AmendmentItem) -> bool:
    """A clarifying item (above) that edits a text rather than adding or taking one out, and
    changes no fact or cross-reference, nor adds or takes out a statement inside the text:
    wording or typography alone. The proposal read the
    offer's own defined names ("us" → "Corvella"); it is trusted, not read again without
    them."""
    if not clarifying(item) or item.kind not in FACT_KINDS or not (item.old_text and item.new_text):
        return False
    from amendtool.core.changes import compare, item_texts, unit_of

    change = compare(*item_texts(item), unit_of(item))
    if change.whole or change.facts or change.old_refs != change.new_refs:
        return False
    from amendtool.core.stated_names import name_changed

    if name_changed(change) is not None:
        return False  # a name put for another: a fact the offer states changes
    from amendtool.core.abbreviations import defined_short_name

    if defined_short_name(fold_typography(change.old), change.edits):
        return True  # a short name for words printed ("…, or Nasdaq,"): nothing new said
    return not any(_disclosure(taken, put) for taken, put in change.edits)


# words put in (or taken out) with nothing in their place that make a correction: an article
# ("of offer" → "of the offer"), a comma and "and"; more is a statement added or taken out
_MOST_INSERTED = 2


def _disclosure(taken: str, put: str) -> bool:
    """An edit that adds words where there were none, or takes words out leaving none ("…
    NYSE" → "… NYSE and do not include accrued dividends"), or rewrites more than a few
    words into others ("You should read it carefully." → "We believe these statements are
    reasonable."), or one word into many: disclosure added, removed or restated, which the
    notice tells as such, never as a correction of wording."""
    if taken.strip() and put.strip():
        if fold_typography(taken).casefold() == fold_typography(put).casefold():
            return False  # typography alone
        from amendtool.core.abbreviations import spelled_out
        from amendtool.core.changes import compare

        if spelled_out(taken, put) is not None or not compare(taken, put).words:
            return False  # "NYSE" → "New York Stock Exchange": the same name spelled out
        # a word or two put for a word or two may correct; more on either side (one word
        # replaced by many: "resellers" → "hospitals, clinics and laboratories") is a
        # statement rewritten or enlarged
        return max(len(taken.split()), len(put.split())) > _MOST_INSERTED
    return not _joining_only(taken or put)


def _joining_only(words: str) -> bool:
    """Words put in or taken out with nothing in their place that only join or point ("the",
    "and", a comma): a correction. Any other word (a list's member, "in whole", "only")
    changes what the sentence says; a clause or a sentence, however short, never corrects."""
    found = _WORD.findall(words.casefold())
    return len(found) <= _MOST_INSERTED and all(word in joining_words() for word in found)


_WORD = compiled(r"[^\W_]+(?:['’][^\W_]+)*")


@cache
def joining_words() -> frozenset[str]:
    """The words resources/plain/corrections.toml lets a correction put in or take out."""
    path = resource_path("plain", "corrections.toml")
    data = read_toml(path)
    return frozenset(str(word).casefold() for word in data.get("joining_words", []))


def other_words_clarify(
    item: AmendmentItem, figures: list[tuple[str, str]], document: Any = None
) -> bool:
    """Whether the words an item changes besides its figures ("The offer covers" → "This
    offer covers" beside 2,400,000 → 2,600,000) only correct wording by the rules: read as
    if the old text already stated the new figures, the item would be proposed clarifying
    and change no fact or cross-reference. Then the notice says so, with no placeholder.
    Only of a change classed clarifying: the notice adds that it does not change rights, so
    of any other class (a threshold raised) counsel explains the other words."""
    if not clarifying(item) or item.kind not in FACT_KINDS or not (item.old_text and item.new_text):
        return False
    import dataclasses

    from amendtool.core.changes import compare, item_texts, unit_of
    from amendtool.core.items import Materiality
    from amendtool.core.materiality import propose
    from amendtool.core.materiality_rules import Words, house_rules
    from amendtool.core.offer_names import party_names

    old = item.old_text
    for before, after in figures:
        if before not in old:
            return False
        old = old.replace(before, after, 1)
    probe = dataclasses.replace(item, old_text=old)
    change = compare(*item_texts(probe), unit_of(probe))
    if change.whole or change.facts or change.old_refs != change.new_refs or not change.words:
        return False
    rules = house_rules()
    parties = party_names(document) if document is not None else ()
    if parties:  # the company called by a name its cover defines ("us" → "Corvella")
        rules = dataclasses.replace(rules, parties=Words(list(parties)))
    return propose(probe, rules).materiality is Materiality.CLARIFYING
