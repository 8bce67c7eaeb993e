"""A name put for another name changes a fact the offer states (the principal office Austin →
Round Rock, a company, a person, a state): never a correction of wording and typography. The
words that are no names are the firm's (resources/plain/corrections.toml [names])."""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import TYPE_CHECKING

from amendtool.core.items import ItemKind
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.core.typography import fold_typography
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.changes import Change
    from amendtool.core.items import AmendmentItem
    from amendtool.core.materiality_clarifying import Proposal

_WORD = compiled(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = compiled(r"['’]s?$")  # "Company's" is the word "Company"
_OPENS = compiled(r"(?:^|[.!?:;]['\"’”)]*)\s*['\"‘“(]*$")
_FEW_WORDS = 10  # changed words, at most, in an edit read for names (a rewrite is no edit)
_MISSPELT = 2  # letters: a name this close to the other is the same name put right
# the items that edit a text (a heading retitled is read by the rules on headings)
_EDITS = frozenset({ItemKind.REPLACE_WORDS, ItemKind.REPLACE_SENTENCE, ItemKind.REPLACE_PARAGRAPH})


def name_changed(change: Change) -> tuple[str, str] | None:
    """(old, new) as printed when the change puts a name for another name ("Austin", "Round
    Rock"); None when its edits only correct or reword."""
    from amendtool.core.abbreviations import spelled_out
    from amendtool.core.corrections import letters_apart

    if change.whole or not change.words or len(change.words) > _FEW_WORDS:
        return None  # a rewrite is told as one, and diffing it again as printed is slow
    for taken, put in change.edits:
        taken, put = taken.strip(" ,;"), put.strip(" ,;")
        if not (taken and put) or _folded(taken) == _folded(put):
            continue  # words added or taken out, or typography alone
        if spelled_out(taken, put) is not None or _initials(taken, put):
            continue  # "NYSE" → "New York Stock Exchange": the same name
        if letters_apart(_folded(taken), _folded(put)) <= _MISSPELT:
            continue  # "Chicgao" → "Chicago": the name put right
        if _named(taken, change.old) and _named(put, change.new):
            return taken, put
    return None


def _initials(one: str, other: str) -> bool:
    """Whether one side is the other's initials ("NYSE", "New York Stock Exchange")."""
    short, long = sorted((one, other), key=len)
    letters = re.sub(r"[^A-Z]", "", short)
    heads = "".join(w[0] for w in _WORD.findall(long) if w[0].isupper())
    return len(letters) > 1 and short.replace(".", "").isupper() and letters == heads


def _folded(words: str) -> str:
    return fold_typography(words).casefold()


def _named(words: str, text: str) -> bool:
    """Whether `words`, where `text` prints them, hold a name: a word set with a capital that
    is no defined term of the offer and does not open its sentence."""
    found = [_POSSESSIVE.sub("", w) for w in _WORD.findall(words)]
    capitals = [w for w in found if w[0].isupper() and w not in not_names()]
    if not capitals:
        return False
    at = fold_typography(text).find(fold_typography(words))
    if at < 0:
        return False
    first = _WORD.match(words.lstrip("\"'‘“("))
    opening = first is not None and first.group(0) == capitals[0] and len(capitals) == 1
    return not (opening and _OPENS.search(text[:at]))


@cache
def not_names() -> frozenset[str]:
    """The capitalised words the firm reads as defined terms, not names."""
    path = resource_path("plain", "corrections.toml")
    data = read_toml(path)
    return frozenset(str(word) for word in data.get("names", {}).get("not_names", []))


def with_stated_name(item: AmendmentItem, proposal: Proposal) -> Proposal:
    """The proposal, its reason saying that a stated fact changes when the item puts a name
    for another name (rules.toml [stated_names])."""
    if item.kind not in _EDITS or not (item.old_text and item.new_text):
        return proposal
    from amendtool.core.changes import compare, item_texts, unit_of
    from amendtool.core.materiality_rules import house_table

    said = str((house_table("stated_names") or {}).get("said", ""))
    if not said or said in proposal.reason:
        return proposal
    change = compare(*item_texts(item), unit_of(item))
    if any(f.kind == "address" for f in change.facts):
        return proposal  # an address's reason names the address it updates
    if name_changed(change) is None:
        return proposal
    return dataclasses.replace(proposal, reason=f"{proposal.reason}; {said}")
