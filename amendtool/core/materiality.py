"""A proposed classification for every item, with its reason, from the firm's rules.

What an item changes (facts by value, words, references, typography) and what the changed
text is about (its question, table-row caption or section heading, recognised by their
words) decide between clarifying, material (5 business days) and a change in the
consideration or securities sought (10). Counsel's choice always wins (items.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from amendtool.core.diffing import DELETE, INSERT, word_diff
from amendtool.core.facts import (
    Fact,
    StatedDeadline,
    changed_facts,
    deadlines,
    mask_facts,
    mask_references,
    references,
)
from amendtool.core.items import LEGACY, AmendmentItem, ItemKind, Materiality, letter
from amendtool.core.materiality_rules import Rules, Subject, house_rules
from amendtool.core.segment import sentences
from amendtool.core.typography import fold_typography

C, M, K = Materiality.CLARIFYING, Materiality.MATERIAL, Materiality.CONSIDERATION
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_PUNCTUATION = re.compile(r"[^\w$%§\s]")
_PERIODS = ("business days", "days", "calendar days", "months", "years", "weeks", "hours")
_FACT_ORDER = ("ratio", "money", "percent", "count", "date", "time", "number")


@dataclass(frozen=True)
class Proposal:
    materiality: Materiality
    reason: str
    expiration: bool = False  # the item changes the offer's expiration


@dataclass
class Change:
    """What an item changes, compared as the comparison rule compares text."""

    old: str
    new: str
    unit: str = "text"  # what the item cites: sentence, paragraph, "2 paragraphs", section…
    removed: list[Fact] = field(default_factory=list)
    added: list[Fact] = field(default_factory=list)
    removed_words: list[str] = field(default_factory=list)
    added_words: list[str] = field(default_factory=list)
    old_refs: list[str] = field(default_factory=list)
    new_refs: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)  # sentences only one side has

    @property
    def facts(self) -> bool:
        return bool(self.removed or self.added)

    @property
    def words(self) -> list[str]:
        return self.removed_words + self.added_words


def propose(item: AmendmentItem, rules: Rules | None = None) -> Proposal:
    rules = rules or house_rules()
    structural = _structural(item)
    if structural is not None:
        return structural
    old, new = item_texts(item)
    expiration = _expiration(old, new, rules)
    if expiration is not None:
        return expiration
    change = compare(old, new, _unit(item))
    clarifying = _clarifying_only(change, rules)
    if clarifying is not None:
        return Proposal(C, clarifying)
    contexts = (item.locator.question, _row_caption(item), _section_words(item))
    return _decide(change, rules.subject_of(*contexts), rules, " ".join(filter(None, contexts)))


def _unit(item: AmendmentItem) -> str:
    name = item.kind.value.split("_")[-1]
    if name == "words":
        return "sentence"
    if name in ("paragraph", "sentence", "section", "table"):
        count = len(item.new_paragraphs) if not item.old_text else 1
        return name if count <= 1 else f"{count} {name}s"
    return "text"


def propose_all(items: list[AmendmentItem], rules: Rules | None = None) -> None:
    """Propose a class for every item; counsel's choices stay. Items from a project saved
    before proposals existed keep a class that differs from both the old default
    ("material") and the proposal: someone chose it, so it is counsel's."""
    rules = rules or house_rules()
    proposals = [propose(item, rules) for item in items]
    _same_change_as_consideration(items, proposals)
    for item, proposal in zip(items, proposals, strict=True):
        if item.materiality_source == LEGACY:
            if item.materiality not in (M, proposal.materiality):
                item.choose_materiality(item.materiality)
            else:
                item.materiality_source = ""
        item.propose_materiality(proposal.materiality, proposal.reason)


def item_texts(item: AmendmentItem) -> tuple[str, str]:
    """The old and new text an item compares (table cells joined as words)."""
    new = "\n\n".join(item.new_paragraphs) if item.new_paragraphs else item.new_text
    if item.new_section is not None:
        new = "\n\n".join([item.new_section.heading, *item.new_section.paragraphs])
    return item.old_text.replace("\t", " "), new.replace("\t", " ")


def _structural(item: AmendmentItem) -> Proposal | None:
    if item.kind is ItemKind.FILE_EXHIBIT:
        return Proposal(C, "Files an exhibit; the offer's text is not changed")
    if item.kind in (ItemKind.RENUMBER_SECTIONS, ItemKind.RENUMBER_PARAGRAPHS):
        return Proposal(C, "Renumbering only")
    if item.kind is ItemKind.RETITLE_SECTION:
        return Proposal(C, "A heading only; headings do not change a right, an amount or a date")
    return None


def _section_words(item: AmendmentItem) -> str:
    return re.sub(r"^Section\s+\d+[A-Z]?\.\s*", "", item.locator.section_name)


def _row_caption(item: AmendmentItem) -> str | None:
    rows = [r for r in (item.old_text + "\n" + item.new_text).split("\n") if "\t" in r]
    return " ".join(r.split("\t")[0] for r in rows) or None


def compare(old: str, new: str, unit: str = "text") -> Change:
    change = Change(old, new, unit)
    change.removed, change.added = changed_facts(old, new)
    change.old_refs, change.new_refs = references(old), references(new)
    a = mask_facts(mask_references(fold_typography(old)))
    b = mask_facts(mask_references(fold_typography(new)))
    for op, chunk in word_diff(a, b):
        if op == DELETE:
            change.removed_words += _WORD.findall(chunk)
        elif op == INSERT:
            change.added_words += _WORD.findall(chunk)
    _drop_abbreviations(change.removed_words, change.added_words)
    _drop_abbreviations(change.added_words, change.removed_words)
    change.removed_words = [w.lower() for w in change.removed_words]
    change.added_words = [w.lower() for w in change.added_words]
    before = {fold_typography(s).casefold() for s in sentences(old)}
    after = {fold_typography(s).casefold() for s in sentences(new)}
    change.sentences = [s for s in sentences(old) if fold_typography(s).casefold() not in after]
    change.sentences += [s for s in sentences(new) if fold_typography(s).casefold() not in before]
    return change


def _drop_abbreviations(short: list[str], long: list[str]) -> None:
    """ "SEC" exchanged for "Securities and Exchange Commission" changes no word."""
    for word in [w for w in short if len(w) > 1 and w.isupper()]:
        initials = [(i, w) for i, w in enumerate(long) if w.lower() not in ("and", "of", "the")]
        for start in range(len(initials) - len(word) + 1):
            run = initials[start : start + len(word)]
            if "".join(w[0] for _, w in run).upper() == word:
                first, last = run[0][0], run[-1][0]
                del long[first : last + 1]
                short.remove(word)
                break


def _clarifying_only(change: Change, rules: Rules) -> str | None:
    if change.facts:
        return None
    if not change.old.strip() or not change.new.strip():
        return None  # a whole text added or taken out is judged by its subject
    a, b = fold_typography(change.old).casefold(), fold_typography(change.new).casefold()
    if a == b:
        return "Typography only (capitals, quotation marks, spacing)"
    if _PUNCTUATION.sub("", a).split() == _PUNCTUATION.sub("", b).split():
        return "Punctuation and typography only"
    if not change.words:
        if change.old_refs == change.new_refs:
            return "Typography only (how an amount, a date or a word is printed)"
        old = ", ".join(r for r in change.old_refs if r not in change.new_refs) or "none"
        new = ", ".join(r for r in change.new_refs if r not in change.old_refs) or "none"
        return f"A cross-reference only ({old} → {new})"
    if all(rules.harmless.matches_word(w) for w in change.words):
        return f"Rewords without changing a right, an amount or a date: {_shown_words(change)}"
    return None


def _decide(change: Change, subject: Subject | None, rules: Rules, where: str) -> Proposal:
    text = " ".join(change.sentences) or change.old + " " + change.new
    terms = subject is not None and subject.kind == "terms"
    terms_sentence = subject is None and rules.terms.search(text) is not None
    what = _what(change)
    whole = not change.old.strip() or not change.new.strip()
    if change.facts:
        facts = describe_facts(change, rules, f"{where}. {text}")
        if subject is not None and subject.kind == "material":
            return Proposal(M, f"{subject.reason}: {_lower(what if whole else facts)}")
        if terms or terms_sentence:
            return Proposal(K, f"{facts} in the offer's terms")
        return Proposal(M, facts)
    if subject is not None and subject.kind == "material":
        return Proposal(M, f"{subject.reason}: {what}")
    if terms or terms_sentence:
        eligibility = rules.eligibility.search(text)
        if eligibility:
            return Proposal(K, f"May change who or what is eligible (“{eligibility}”): {what}")
        form = next((w for w in change.words if rules.forms.matches_word(w)), None)
        if form:
            return Proposal(K, f"May change the form of consideration (“{form}”): {what}")
        reason = subject.reason if subject else "Changes the terms of the offer"
        return Proposal(M, f"{reason}: {what}")
    if subject is not None and subject.kind == "disclosure":
        return Proposal(C, f"{subject.reason}: {what}")
    operative = next((w for w in change.words if rules.operative.matches_word(w)), None)
    if operative or whole:
        why = f" (“{operative}”)" if operative else ""
        return Proposal(
            M, f"May change a right or an obligation{why}; no rule names this subject: {what}"
        )
    return Proposal(C, f"Rewords without changing a right, an amount or a date: {what}")


def _what(change: Change) -> str:
    """What the item does to its text, in a few words."""
    unit = change.unit
    article = "" if unit[0].isdigit() else "a "
    if not change.old.strip():
        return f"adds {article}{unit}"
    if not change.new.strip():
        return f"takes out {article}{unit}"
    if len(change.words) <= 10:
        return _shown_words(change)
    return f"rewrites the {unit}"


def describe_facts(change: Change, rules: Rules, text: str) -> str:
    """The most telling changed fact, in words: 'Lowers the eligibility threshold from
    $20.00 to $17.50'."""
    kind = next(k for k in _FACT_ORDER if any(f.kind == k for f in change.removed + change.added))
    old = next((f for f in change.removed if f.kind == kind), None)
    new = next((f for f in change.added if f.kind == kind), None)
    span = (
        f"from {old.text} to {new.text}"
        if old and new
        else f"adds {new.text}"
        if new
        else f"takes out {old.text}"
        if old
        else ""
    )
    direction = "Changes"
    if old and new and kind in ("money", "percent", "count", "ratio"):
        direction = "Lowers" if float(new.value) < float(old.value) else "Raises"
    if kind == "money" and rules.eligibility.search(text):
        return f"{direction} the eligibility threshold {span}".replace(" adds", ": adds")
    noun = {
        "money": "the price" if rules.prices.search(text) else "an amount",
        "percent": "a percentage",
        "ratio": "the exchange ratio",
        "count": f"the number of {(old or new).unit}" if (old or new) else "a number",  # type: ignore[union-attr]
        "date": "a grant date" if "grant" in text.lower() else "a date",
        "time": "a time of day",
        "number": "a number",
    }[kind]
    if kind == "count" and (old or new).unit in _PERIODS:  # type: ignore[union-attr]
        noun = "a period"
        direction = {"Lowers": "Shortens", "Raises": "Lengthens"}.get(direction, direction)
    if kind == "date" and rules.eligibility.search(text):
        noun = "the grant-date cut-off for eligibility"
    if not (old and new):
        return f"{direction} {noun}: {span}"
    return f"{direction} {noun} {span}"


def _shown_words(change: Change) -> str:
    removed = " ".join(change.removed_words)
    added = " ".join(change.added_words)
    if removed and added:
        return f"“{removed}” → “{added}”"
    if removed:
        return f"takes out “{removed}”"
    if added:
        return f"adds “{added}”"
    return "rewords"


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


# --- the expiration ---------------------------------------------------------------------------
def stated_expirations(text: str, zone: str, rules: Rules | None = None) -> list[StatedDeadline]:
    """Dates and times that sentences speaking of the expiration state."""
    rules = rules or house_rules()
    out: list[StatedDeadline] = []
    for sentence in sentences(text):
        if rules.expiration.search(sentence):
            out += deadlines(sentence, zone)
    return out


def expiration_change(
    item: AmendmentItem, zone: str, rules: Rules | None = None
) -> tuple[list[StatedDeadline], list[StatedDeadline]] | None:
    """The expirations an item takes out and those it states instead, or None."""
    return _changed_expirations(*item_texts(item), zone, rules)


def _changed_expirations(
    old: str, new: str, zone: str, rules: Rules | None
) -> tuple[list[StatedDeadline], list[StatedDeadline]] | None:
    before = stated_expirations(old, zone, rules)
    after = stated_expirations(new, zone, rules)
    gone = [d for d in before if d.moment not in {a.moment for a in after}]
    came = [d for d in after if d.moment not in {b.moment for b in before}]
    return (gone, came) if gone or came else None


def _expiration(old: str, new: str, rules: Rules) -> Proposal | None:
    change = _changed_expirations(old, new, "America/New_York", rules)
    if change is None:
        return None
    gone, came = change
    if gone and came:
        later = max(d.moment for d in came) > max(d.moment for d in gone)
        what = "Extends" if later else "Moves earlier"
        reason = f"{what} the expiration, from {gone[0].text} to {came[0].text}"
    elif came:
        reason = f"States the expiration as {came[0].text}"
    else:
        reason = f"Takes out the statement of the expiration ({gone[0].text})"
    return Proposal(rules.expiration_class, reason, expiration=True)


def _same_change_as_consideration(items: list[AmendmentItem], proposals: list[Proposal]) -> None:
    """An amount changed in the offer's terms is the same change wherever else the offer
    restates it (a risk factor, the tax section): consideration there too."""
    lettered = [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT]
    seen: dict[tuple[str, str, str], str] = {}
    pairs: list[set[tuple[str, str, str]]] = []
    for item, proposal in zip(items, proposals, strict=True):
        removed, added = changed_facts(*item_texts(item))
        keys = {
            (o.kind, o.value, n.value)
            for o in removed
            for n in added
            if o.kind == n.kind and o.kind in ("money", "percent", "ratio", "count")
        }
        pairs.append(keys)
        if proposal.materiality is K and item in lettered:
            for key in keys:
                seen.setdefault(key, letter(lettered.index(item)))
    for index, proposal in enumerate(proposals):
        if proposal.materiality is K or proposal.expiration:
            continue
        source = next((seen[k] for k in sorted(pairs[index]) if k in seen), None)
        if source is not None:
            proposals[index] = Proposal(
                K, f"Restates the change in item {source}: {_lower(proposal.reason)}"
            )
