"""A proposed classification for every item, with its reason, from the firm's rules.

What an item changes (changes.py: facts by value, words, references) and what the changed
text is about (its question, table-row caption or section heading, recognised by their
words) decide between clarifying, material (5 business days) and a change in the
consideration or securities sought (10). Counsel's choice always wins (items.py).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from amendtool.core.abbreviations import spelled_out
from amendtool.core.changes import (
    Change,
    compare,
    item_texts,
    shown_words,
    unit_of,
    what_it_does,
)
from amendtool.core.corrections import corrected_spelling
from amendtool.core.corrections import transposed as figures_transposed
from amendtool.core.expirations import changed_expirations, extends, only_restates_expiration
from amendtool.core.extension_deadlines import moved_with_the_extension
from amendtool.core.fact_names import describe_facts, fact_pairs, primary_pair
from amendtool.core.facts import Fact, changed_facts
from amendtool.core.items import (
    LEGACY,
    TABLE_KINDS,
    AmendmentItem,
    ItemKind,
    Materiality,
    letter,
)
from amendtool.core.materiality_rules import Rules, Subject, house_rules
from amendtool.core.segment import sentences
from amendtool.core.typography import fold_typography

C, M, K = Materiality.CLARIFYING, Materiality.MATERIAL, Materiality.CONSIDERATION
_PUNCTUATION = re.compile(r"[^\w$%§\s]")
_SAME_CHANGE_KINDS = ("money", "percent", "ratio", "count")


@dataclass(frozen=True)
class Proposal:
    materiality: Materiality
    reason: str
    expiration: bool = False  # the item changes the offer's expiration
    change: tuple[str, str, str] | None = None  # consideration: (kind, old, new) it names


def propose(item: AmendmentItem, rules: Rules | None = None) -> Proposal:
    return _propose(item, rules or house_rules())


def _propose(item: AmendmentItem, rules: Rules, headings: str = "") -> Proposal:
    """`headings`: the column headings of the table a row is read under."""
    structural = _structural(item)
    if structural is not None:
        return structural
    rows = _changed_rows(item)
    heading_row = _heading_row(item)
    if len(rows) > 1 or (rows and heading_row):
        return _table(item, rows, rules, heading_row)
    old, new = item_texts(item)
    change = compare(old, new, unit_of(item))
    caption = item.locator.row_caption or (rows[0][0] if rows else None)
    # a table's column headings say what its figures are; they are read to recognise the
    # offer's terms ("Portion of New RSUs vesting"), and otherwise the section decides
    terms = (s for s in rules.subjects if s.kind == "terms" and s.words.search(headings))
    offer_terms = next(terms, None) if headings else None
    if offer_terms is None:
        headings = ""
    contexts = (item.locator.question, caption, headings, _section_words(item))
    subject = rules.subject_of(*contexts[:2]) or (offer_terms if headings else None)
    subject = subject or rules.subject_of(contexts[3])
    own = rules.own_subject([s for s in change.sentences or [change.text] if s.strip()])
    subject = own or subject
    if item.locator.note and subject is not None and subject.kind == "terms":
        subject = None  # a note explains the terms (a definition, a source): read its words
    if subject is None or subject.informational:
        subject = _where_to_find(change, rules) or subject
    where = " ".join(filter(None, contexts))
    expiration = _expiration(old, new, rules)
    if expiration is not None:
        return _with_expiration(expiration, change, subject, rules, where)
    clarifying = _clarifying_only(change, subject, rules)
    if clarifying is not None:
        return Proposal(C, clarifying)
    decided = _decide(change, subject, rules, where)
    position = rules.position_in(change.sentences or [change.old, change.new])
    if position and decided.materiality in (C, M):
        return Proposal(M, f"{position}: {what_it_does(change)}")
    return decided


def propose_all(items: list[AmendmentItem], rules: Rules | None = None) -> None:
    """Propose a class for every item; counsel's choices stay. Items from a project saved
    before proposals existed keep a class that differs from both the old default
    ("material") and the proposal: someone chose it, so it is counsel's."""
    rules = rules or house_rules()
    proposals = [propose(item, rules) for item in items]
    _same_change_as_consideration(items, proposals)
    _with_the_extension(items, proposals, rules)
    for item, proposal in zip(items, proposals, strict=True):
        if item.materiality_source == LEGACY:
            if item.materiality not in (M, proposal.materiality):
                item.choose_materiality(item.materiality)
            else:
                item.materiality_source = ""
        item.propose_materiality(proposal.materiality, proposal.reason)


def _structural(item: AmendmentItem) -> Proposal | None:
    if item.kind is ItemKind.FILE_EXHIBIT:
        return Proposal(C, "Files an exhibit; the offer's text is not changed")
    if item.kind in (ItemKind.RENUMBER_SECTIONS, ItemKind.RENUMBER_PARAGRAPHS):
        return Proposal(C, "Renumbering only")
    if item.kind is ItemKind.RETITLE_SECTION:
        return Proposal(C, "A heading only; headings do not change a right, an amount or a date")
    if item.kind is ItemKind.MOVE_PARAGRAPH and fold_typography(item.old_text) == fold_typography(
        item.new_text or item.old_text
    ):
        return Proposal(C, "Moves a paragraph to another place; its words do not change")
    return None


def _section_words(item: AmendmentItem) -> str:
    return re.sub(r"^Section\s+\d+[A-Z]?\.\s*", "", item.locator.section_name)


def _changed_rows(item: AmendmentItem) -> list[tuple[str, str, str]]:
    """A table's changed rows as (caption, old row, new row): rows paired by place when the
    table keeps its length, otherwise by their first cell."""
    if item.kind not in TABLE_KINDS:
        return []
    old = [r for r in item.old_text.split("\n") if r.strip()]
    new = [r for r in item.new_text.split("\n") if r.strip()]
    caption = lambda row: row.split("\t")[0].strip()  # noqa: E731
    if len(old) == len(new):
        pairs = list(zip(old, new, strict=True))
    else:
        by_caption = {caption(r): r for r in new}
        pairs = [(r, by_caption.pop(caption(r), "")) for r in old]
        pairs += [("", r) for r in new if caption(r) in by_caption]
    return [(caption(a or b), a, b) for a, b in pairs if fold_typography(a) != fold_typography(b)]


def _heading_row(item: AmendmentItem) -> str:
    """The table's column headings ("Vesting date | Portion of New RSUs vesting"): a first row
    that is the same before and after and states no amount or percentage, as words."""
    if item.kind not in TABLE_KINDS:
        return ""
    if item.kind is ItemKind.REPLACE_ROW:  # rows of a table: their table's first row
        old = new = item.locator.row_headings or ""
    else:
        old = next((r for r in item.old_text.split("\n") if r.strip()), "")
        new = next((r for r in item.new_text.split("\n") if r.strip()), "")
    cells = [c.strip() for c in old.split("\t") if c.strip()]
    if not cells or fold_typography(old) != fold_typography(new) or re.search(r"[$%]", old):
        return ""
    if any(len(c.split()) > 8 for c in cells):
        return ""  # a row of prose (a tabular term sheet), not headings
    return " ".join(cells)


def _table(
    item: AmendmentItem, rows: list[tuple[str, str, str]], rules: Rules, headings: str = ""
) -> Proposal:
    """A table with several changed rows is classed by its weightiest row; each row is read
    under its own caption, as counsel reads a tabular summary term sheet, and under the
    table's column headings (which say what its figures are: "Portion of New RSUs vesting")."""
    proposals = []
    prefix = f"{headings}: " if headings else ""
    for caption, old, new in rows:
        row = AmendmentItem(
            ItemKind.REPLACE_PARAGRAPH,
            dataclasses.replace(item.locator, question=caption or None),
            old_text=prefix + old.replace("\t", " ") if old else "",
            new_text=prefix + new.replace("\t", " ") if new else "",
        )
        proposals.append((caption, _propose(row, rules, headings)))
    caption, chosen = max(proposals, key=lambda p: rules.days(p[1].materiality))
    reason = f"Row “{caption}”: {_lower(chosen.reason)}" if caption else chosen.reason
    extension = next((p for _, p in proposals if p.expiration), None)
    if extension is not None and extension is not chosen:
        reason += f"; also {_lower(extension.reason)}"
    return Proposal(chosen.materiality, reason, extension is not None, chosen.change)


def _where_to_find(change: Change, rules: Rules) -> Subject | None:
    """General disclosure, when every changed sentence says where to find information."""
    changed = change.sentences or [change.text]
    if not all(rules.where_to_find.search(s) for s in changed):
        return None
    return next((s for s in rules.subjects if s.kind == "disclosure"), None)


def _clarifying_only(change: Change, subject: Subject | None, rules: Rules) -> str | None:
    if change.whole:
        disclaimer = rules.disclaimers.search(change.old) if not change.new.strip() else None
        if disclaimer and not change.facts:
            return f"Takes out a disclaimer (“{disclaimer}”); no right, amount or date changes"
        return None  # otherwise a whole text added or taken out is judged by its subject
    if change.facts:
        if subject is not None and subject.kind == "terms":
            return None
        if subject is not None and subject.historical and _only_dates(change):
            return (
                f"Corrects a date in {subject.name} ({_pairs(change)}); no amount or right "
                "changes; confirm"
            )
        return None
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
        if change.old_refs == change.new_refs:
            return "Typography only (how an amount, a date or a word is printed)"
        old = ", ".join(r for r in change.old_refs if r not in change.new_refs) or "none"
        new = ", ".join(r for r in change.new_refs if r not in change.old_refs) or "none"
        return f"A cross-reference only ({old} → {new})"
    spelling = corrected_spelling(change)
    if spelling:
        return f"Corrects spelling ({spelling}); no right, amount or date changes"
    if all(rules.harmless.matches_word(w) for w in change.words):
        return f"Rewords without changing a right, an amount or a date: {shown_words(change)}"
    connective = _list_connective(change)
    if connective:
        return f"Joins the clause to the next one in its list (“{connective}”)"
    return None


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


def _decide(change: Change, subject: Subject | None, rules: Rules, where: str) -> Proposal:
    text = change.text
    terms = subject.kind == "terms" if subject else rules.terms.search(text) is not None
    what = what_it_does(change)
    if change.facts:
        context = f"{where}. {text}"
        facts = describe_facts((change.removed, change.added), rules, context)
        if subject is not None and (subject.kind == "material" or subject.own_words):
            said = f"{subject.reason}: {_lower(what if change.whole else facts)}"
            return Proposal(M, said + _maybe_transposed(change))
        if terms:
            chosen = _consideration_facts(change, rules)
            if chosen is not None:
                reason, key = _consideration(chosen, rules, context)
                return Proposal(K, reason, change=key)
            valuation = rules.valuations.search(text)
            if valuation and any(f.kind == "money" for f in change.facts):
                why = f"Changes a valuation behind the offer's terms (“{valuation}”)"
                return Proposal(M, f"{why}: {_lower(facts)}")
            # facts that are no term (days to pay) count only with words that are: how the
            # price is set ("the average closing price over five trading days")
            worded = any(not rules.harmless.matches_word(w) for w in change.words)
            named = _consideration_named(change, rules) if worded and not valuation else None
            if named:
                return Proposal(K, f"{_sets_consideration(named)}: {_lower(facts)}")
            return Proposal(M, f"Changes the terms of the offer: {_lower(facts)}")
        return Proposal(M, facts + _maybe_transposed(change))
    own = None if terms else _own_words(change, rules, subject)
    if own is not None:
        return own
    if subject is not None and subject.kind == "material":
        return Proposal(M, f"{subject.reason}: {what}")
    if terms:
        # a whole sentence added or taken out is read by its own words, an edit also by where
        # it is printed (the section on eligibility)
        eligibility = (
            rules.participation.search(text)
            if change.whole
            else rules.eligibility.search(text) or rules.eligibility.search(where)
        )
        if eligibility:
            return Proposal(K, f"May change who or what is eligible (“{eligibility}”): {what}")
        form = _changed_form(change, rules)
        if form:
            return Proposal(K, f"May change the form of consideration ({form}): {what}")
        named = _consideration_named(change, rules)
        if named:
            return Proposal(K, f"{_sets_consideration(named)}: {what}")
        reason = subject.reason if subject else "Changes the terms of the offer"
        return Proposal(M, f"{reason}: {what}")
    if subject is not None and subject.kind == "disclosure":
        return Proposal(C, f"{subject.reason}: {what}")
    operative = next((w for w in change.words if rules.operative.matches_word(w)), None)
    removed = rules.connectives & set(change.removed_words)
    added = rules.connectives & set(change.added_words)
    if removed and added and removed != added:
        operative = f"{' '.join(sorted(removed))}” → “{' '.join(sorted(added))}"
    if operative or change.whole:
        why = f" (“{operative}”)" if operative else ""
        return Proposal(
            M, f"May change a right or an obligation{why}; no rule names this subject: {what}"
        )
    return Proposal(C, f"Rewords without changing a right, an amount or a date: {what}")


def _own_words(change: Change, rules: Rules, subject: Subject | None) -> Proposal | None:
    """A changed sentence that says who may take part in the offer, or (in general
    disclosure) states a right or an obligation, whatever its section's title says: the
    phrase must be taken out, put in or exchanged, not merely kept."""
    lists = [(rules.participation, K, "Says who may take part in the offer")]
    if subject is not None and subject.kind == "disclosure":  # no subject: [operative] words
        lists.append((rules.rights, M, "States a right or an obligation in the offer"))
    for words, materiality, why in lists:
        before = words.found(change.old)
        after = words.found(change.new)
        changed = [w for w in after if w not in before] + [w for w in before if w not in after]
        if changed:
            return Proposal(materiality, f"{why} (“{changed[0]}”): {what_it_does(change)}")
    return None


def _consideration(
    facts: tuple[list[Fact], list[Fact]], rules: Rules, context: str
) -> tuple[str, tuple[str, str, str] | None]:
    """The reason for a change in consideration, and the (kind, old, new) it names."""
    old, new = primary_pair(facts)
    key = (old.kind, old.value, new.value) if old and new else None
    ratio = rules.ratios.search(context)
    if old and new and old.kind == "number" and ratio:  # a ratio printed as a bare figure
        return f"Changes the exchange ratio (“{ratio}”) from {old.text} to {new.text}", key
    return f"{describe_facts(facts, rules, context)} in the offer's terms", key


def _consideration_facts(change: Change, rules: Rules) -> tuple[list[Fact], list[Fact]] | None:
    """The changed facts that are consideration or securities sought, or None; a date is,
    in a sentence about eligibility or a grant."""
    sentence = change.text

    valuation = rules.valuations.search(sentence) is not None

    def counts(fact: Fact) -> bool:
        if fact.kind == "ratio":
            return True
        if fact.kind == "money":
            return not valuation  # a value behind the terms, not a price (see rules.toml)
        if fact.kind == "percent":
            # of the class sought, of the new securities that vest, or of a price (the
            # exercise price "110% of the closing price")
            priced = rules.prices.search(sentence) is not None and not valuation
            return priced or rules.percentages.search(sentence) is not None
        if fact.kind == "count":
            return fact.unit in rules.units or fact.unit in rules.periods_of_terms
        if fact.kind == "date":
            return rules.eligibility.search(sentence) is not None or "grant" in sentence.lower()
        if fact.kind == "number":  # "Eligible Options for each New RSU: … 4.0"
            return rules.ratios.search(sentence) is not None
        return False

    removed = [f for f in change.removed if counts(f)]
    added = [f for f in change.added if counts(f)]
    return (removed, added) if removed or added else None


def _maybe_transposed(change: Change) -> str:
    """A changed figure whose neighbouring digits were swapped may be a typing error put
    right, or a new figure: material all the same, and counsel asked which was the typo."""
    pairs = figures_transposed(change)
    return f" (digits transposed: {pairs}; confirm which figure was the typo)" if pairs else ""


def _consideration_named(change: Change, rules: Rules) -> str | None:
    """The word by which an edited sentence states the consideration itself ("price",
    "rounded", "vest"); a whole text added or taken out, or a paragraph rewritten, is
    judged otherwise (its words may only mention the consideration)."""
    if change.whole or len(change.words) > 12:
        return None
    return rules.consideration.search(change.text)


def _sets_consideration(named: str) -> str:
    return f"Changes how the consideration is set (“{named}”)"


def _changed_form(change: Change, rules: Rules) -> str | None:
    """'“cash” → “restricted stock units”' when an edit names other forms of consideration:
    a form the old text never named, however much is rewritten; one taken out, in a small
    edit only (a rewritten paragraph may simply no longer repeat it)."""
    if change.whole:
        return None
    rewritten = len(change.words) > 12
    old = {_form_key(m): m.casefold() for m in _forms(change.old, rules)}
    new = {_form_key(m): m.casefold() for m in _forms(change.new, rules)}
    if rewritten:  # only a form said to be received is certain
        received = " ".join(s for s in sentences(change.new) if rules.receives.search(s))
        new = {k: v for k, v in new.items() if k in map(_form_key, _forms(received, rules))}
    came = sorted(new[k] for k in new.keys() - old.keys())
    gone = [] if rewritten else sorted(old[k] for k in old.keys() - new.keys())
    if not came and not gone:
        return None
    shown_gone, shown_came = " and ".join(gone), " and ".join(came)
    if shown_gone and shown_came:
        return f"“{shown_gone}” → “{shown_came}”"
    return f"“{shown_gone or shown_came}”"


def _form_key(form: str) -> str:
    """'New Options' and 'new option' are one form."""
    return " ".join(form.casefold().split()).rstrip("s")


def _forms(text: str, rules: Rules) -> list[str]:
    pattern = rules.forms.pattern
    return pattern.findall(text) if pattern is not None else []


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _expiration(old: str, new: str, rules: Rules) -> Proposal | None:
    """An item that moves the offer's expiration: an extension by itself is its own class
    (rules.toml [expiration] class); moving it earlier or taking it out is material."""
    moved = changed_expirations(old, new, "America/New_York", rules)
    if moved is None:
        return None
    gone, came = moved
    # named by its sentence: the offer's expiration, or a deadline of its own ("withdrawal")
    named = rules.deadline_of(_sentence_of(new, came[0].text) if came else "")
    if gone:
        named = rules.deadline_of(_sentence_of(old, gone[0].text))
    if gone and came:
        what = "Extends" if extends(moved) else "Moves earlier"
        reason = f"{what} {named}, from {gone[0].text} to {came[0].text}"
    elif came:
        reason = f"States {named} as {came[0].text}"
    else:
        reason = f"Takes out the statement of {named} ({gone[0].text})"
    return Proposal(rules.expiration_class if extends(moved) else M, reason, expiration=True)


def _sentence_of(text: str, printed: str) -> str:
    """The sentence of `text` that prints `printed` (the text itself if none does)."""
    return next((s for s in sentences(text) if printed in s), text)


def _with_expiration(
    expiration: Proposal, change: Change, subject: Subject | None, rules: Rules, where: str
) -> Proposal:
    """An item that moves the expiration and may change more: a price restated with it
    makes it consideration; other words of substance make it at least material."""
    others = dataclasses.replace(
        change,
        removed=[f for f in change.removed if f.kind not in ("date", "time")],
        added=[f for f in change.added if f.kind not in ("date", "time")],
    )
    terms = subject.kind == "terms" if subject else rules.terms.search(change.text)
    chosen = _consideration_facts(others, rules) if terms and others.facts else None
    if chosen is not None:
        reason, key = _consideration(chosen, rules, f"{where}. {change.text}")
        return Proposal(K, f"{reason}; also {_lower(expiration.reason)}", True, key)
    already = rules.days(expiration.materiality) >= rules.days(M)  # a firm's "material"
    if already or only_restates_expiration(change, rules):
        return expiration
    rest = _decide(others, subject, rules, where)
    if rules.days(rest.materiality) <= rules.days(expiration.materiality):
        rest = Proposal(M, f"Changes more than the expiration: {_lower(rest.reason)}")
    return Proposal(rest.materiality, f"{rest.reason}; also {_lower(expiration.reason)}", True)


def _same_change_as_consideration(items: list[AmendmentItem], proposals: list[Proposal]) -> None:
    """An amount changed in the offer's terms is the same change wherever else the offer
    restates it (a risk factor, the tax section): consideration there too."""
    lettered = [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT]
    letters = {id(item): letter(n) for n, item in enumerate(lettered)}
    seen: dict[tuple[str, str, str], str] = {}
    for item, proposal in zip(items, proposals, strict=True):
        if proposal.change and proposal.change[0] in _SAME_CHANGE_KINDS and id(item) in letters:
            seen.setdefault(proposal.change, letters[id(item)])
    for index, (item, proposal) in enumerate(zip(items, proposals, strict=True)):
        if proposal.materiality is K or proposal.expiration or not seen:
            continue
        keys = fact_pairs(changed_facts(*item_texts(item)))
        source = next((seen[k] for k in sorted(keys) if k in seen), None)
        if source is not None:
            proposals[index] = Proposal(
                K, f"Restates the change in item {source}: {_lower(proposal.reason)}"
            )


def _with_the_extension(
    items: list[AmendmentItem], proposals: list[Proposal], rules: Rules
) -> None:
    """Deadlines moved with the expiration are part of the extension (extension_deadlines)."""
    moved = [p.expiration for p in proposals]
    decided = [p.materiality is K for p in proposals]
    for index, reason in moved_with_the_extension(items, moved, decided, rules).items():
        proposals[index] = Proposal(rules.expiration_class, reason)
