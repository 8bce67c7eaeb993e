"""Who the change lets into the offer, for the plain notice's opening: a change of words in
a sentence on who or what is eligible (a country added to a list, a "not" taken out) lets
more in as surely as a lower minimum price does, and the newly eligible must be told to
send an election that includes them. And a figure its own sentence does not name ("at or
above $8.00" in a row headed "Eligible options") is said by the name its materiality
reason already gives it ("the minimum exercise price of eligible options").

The words that add to a list and those that exclude are the firm's
(resources/plain/meanings.toml [eligibility]); a change the words cannot read either way
says nothing of who is newly eligible."""

from __future__ import annotations

import dataclasses
import difflib
import re
from functools import cache

from amendtool.core.items import AmendmentItem
from amendtool.core.materiality_rules import house_rules
from amendtool.core.materiality_tables import section_words
from amendtool.core.model import Document
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_facts import FactChange
from amendtool.core.resource_toml import read_toml
from amendtool.core.rule_words import Words
from amendtool.core.segment import sentences
from amendtool.core.typography import collapse_spaces
from amendtool.resources import resource_path

_TOKENS = compiled(r"[\w$%.'’-]+|,")
# "Lowers the minimum exercise price of eligible options from $9.40 to $8.00"
_NAMED = compiled(
    r"\b(?:raises|lowers|changes|lengthens|shortens) the (?P<noun>[^:;]+?) "
    r"from (?P<old>\S+) to (?P<new>\S+?)(?=[\s;,]|$)",
    re.I,
)


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The firm's joiners of a list, words that exclude, words that say nothing, and words
    that make what is put in a condition rather than a name on a list."""
    data = read_toml(resource_path("plain", "meanings.toml"))
    table = data.get("eligibility", {})
    joiners = frozenset(str(w).lower() for w in table.get("joiners", ["or", "and", ","]))
    excluding = frozenset(str(w).lower() for w in table.get("excluding", ["not"]))
    empty = frozenset(str(w).lower() for w in table.get("empty", ["the", "a", "an"]))
    conditions = frozenset(str(w).lower() for w in table.get("conditions", []))
    return joiners, excluding, empty, conditions


def about_eligibility(item: AmendmentItem) -> bool:
    """Whether the changed text, its row, question or section says who or what is eligible."""
    rules = house_rules()
    loc = item.locator
    said = " ".join(
        filter(None, (loc.question, loc.row_caption, section_words(item), item.old_text))
    )
    said += " " + item.new_text
    return bool(rules.eligibility.search(said) or rules.participation.search(said))


def words_move_eligibility(item: AmendmentItem) -> int:
    """+1 when the change's words let more in (a name added to a list, an exclusion taken
    out), -1 when they keep some out (a name taken off a list, an exclusion put in), 0 when
    the words cannot say (a qualifier added or taken out, a rewrite) or speak of no one's
    eligibility (a whole sentence put in: sentences_move_eligibility)."""
    if not about_eligibility(item):
        return 0
    return _words_move(item)


def sentences_move_eligibility(
    items: list[AmendmentItem], original: Document, revised: Document
) -> int:
    """-1 when a sentence put in keeps some out ("… in Canada are not eligible"), +1 when one
    taken out did, 0 otherwise or both (meanings.toml [eligibility] keeps_out). A sentence
    the offer states elsewhere all the same (moved, or said in another section too) says
    nothing of who is eligible."""
    return _sentences_move([i for i in items if about_eligibility(i)], original, revised)


def eligibility_ways(
    items: list[AmendmentItem], original: Document, revised: Document
) -> frozenset[int]:
    """The ways (+1 lets more in, -1 keeps some out) the changes move eligibility, by their
    words within a sentence or by whole sentences put in or taken out: what the notice's
    opening asks of both, each item read once for whether it is about eligibility."""
    about = [i for i in items if about_eligibility(i)]
    ways = {_words_move(i) for i in about}
    ways.add(_sentences_move(about, original, revised))
    return frozenset(ways - {0})


def _sentences_move(about: list[AmendmentItem], original: Document, revised: Document) -> int:
    """sentences_move_eligibility of the items `about` eligibility."""
    if not about:
        return 0
    keeps_out = _keeps_out()
    put_in = [s for i in about for s in _sentences(i.new_text) if keeps_out.search(s)]
    taken_out = [s for i in about for s in _sentences(i.old_text) if keeps_out.search(s)]
    if not (put_in or taken_out):
        return 0
    before, after = _whole(original), _whole(revised)
    narrows = any(s not in before for s in put_in)
    widens = any(s not in after for s in taken_out)
    return 0 if narrows == widens else -1 if narrows else 1


def _whole(document: Document) -> str:
    """The document's text, its spaces made one: where a sentence is looked for. Most
    paragraphs already have single spaces: collapse_spaces tells them at once, where
    splitting each paragraph into its words made an object of every word of the offer."""
    return " ".join(collapse_spaces(p.text) for p in document.paragraphs())


def _sentences(text: str) -> set[str]:
    return {" ".join(s.split()) for s in sentences(text)} if text else set()


@cache
def _keeps_out() -> Words:
    data = read_toml(resource_path("plain", "meanings.toml"))
    return Words(data.get("eligibility", {}).get("keeps_out", []))


def _words_move(item: AmendmentItem) -> int:
    """The way the words changed within a sentence move eligibility (+1, -1), or 0."""
    if not (item.old_text and item.new_text):
        return 0
    joiners, excluding, empty, conditions = _words()
    old, new = _TOKENS.findall(item.old_text.lower()), _TOKENS.findall(item.new_text.lower())
    old_at = [n for n, t in enumerate(old) if t not in joiners and t not in empty]
    new_at = [n for n, t in enumerate(new) if t not in joiners and t not in empty]
    matcher = difflib.SequenceMatcher(
        None, [old[n] for n in old_at], [new[n] for n in new_at], autojunk=False
    )
    added: list[tuple[list[str], bool]] = []
    removed: list[tuple[list[str], bool]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            removed.append(_span(old, old_at, i1, i2, joiners))
        if op in ("insert", "replace"):
            added.append(_span(new, new_at, j1, j2, joiners))
    if added and removed:
        return 0  # words taken out and put in: a rewrite, read by counsel
    spans, way = (added, 1) if added else (removed, -1)
    if not spans:
        return 0
    if all(set(words) <= excluding or words[0] in excluding for words, _ in spans):
        return -way  # "not" or "except officers" put in keeps some out; taken out lets in
    if any(set(words) & conditions for words, _ in spans):
        return (
            0  # a condition put in or taken out ("and you hold vested options"): counsel reads it
        )
    if all(listed for _, listed in spans):
        return way  # "or the United Kingdom" put in or taken off a list
    return 0


def _span(
    tokens: list[str], at: list[int], start: int, end: int, joiners: frozenset[str]
) -> tuple[list[str], bool]:
    """The words of tokens[at[start]:at[end]] that count, and whether a joiner of a list
    stands just before or just after them ("Canada or the United Kingdom")."""
    words = [tokens[at[n]] for n in range(start, end)]
    before = tokens[at[start - 1] + 1 if start else 0 : at[start]]
    after = tokens[at[end - 1] + 1 : at[end] if end < len(at) else len(tokens)]
    return words, any(t in joiners for t in (*before, *after))


def named_by_reason(item: AmendmentItem, changes: list[FactChange]) -> list[FactChange]:
    """A figure its own words leave unnamed ("amount"), said by the name the materiality
    reason gives the same figures, where that name is one of the firm's measures."""
    if not item.materiality_reason or all(c.specific or c.row for c in changes):
        return changes
    measures = {m.name.removeprefix("the ").lower() for m in house_rules().measures}
    names = {
        (_figure(m["old"]), _figure(m["new"])): m["noun"]
        for m in _NAMED.finditer(item.materiality_reason)
        if m["noun"].lower() in measures
    }
    out = []
    for change in changes:
        noun = names.get((_figure(change.old), _figure(change.new)))
        if noun and not (change.specific or change.row or change.unowned):
            change = dataclasses.replace(change, label=noun, specific=True)
        out.append(change)
    return out


def _figure(printed: str) -> str:
    """The figure alone ("$6.15" of "$6.15 per share")."""
    return printed.split()[0].rstrip(".,;") if printed.split() else ""
