"""Item 4's statement of the changes of the terms besides the price and the exchange ratio:
the securities sought, a vesting schedule, a condition of the offer.

An amendment raising the Preferred Shares sought from 2,000,000 to 2,500,000 with its price
was filed with Item 4 saying only the price; a shorter vesting schedule, a changed Minimum
Tender Condition and a condition added were told only in the items. Each item classed as a
change of the terms (consideration, or material and of a subject `term_subjects` names) is
stated here once, in the offer's own words: its figure by the name the offer defines for it
("the Minimum Tender Condition") or the firm's name for what it counts ("the number of
Preferred Shares sought"), else by what it does to its subject ("add a condition to the
Offer"). The words are `[schedule_to]` and `[figure_names]` of the wording and rules files."""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any

from amendtool.core.amount_terms import defined_term
from amendtool.core.fact_names import PERIODS
from amendtool.core.facts import Fact, extract
from amendtool.core.items import TABLE_KINDS, ItemKind, Materiality
from amendtool.core.materiality_rules import house_rules, house_table
from amendtool.core.plain_facts import fact_changes
from amendtool.core.row_facts import paired_facts
from amendtool.core.segment import sentences
from amendtool.core.templates import fill

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.items import AmendmentItem

_TERM_CLASSES = (Materiality.CONSIDERATION, Materiality.MATERIAL)
_ADDS = (ItemKind.INSERT_PARAGRAPH, ItemKind.INSERT_SENTENCE, ItemKind.INSERT_ROW)
_TAKES = (ItemKind.DELETE_PARAGRAPH, ItemKind.DELETE_SENTENCE, ItemKind.DELETE_ROW)
_VERBS = {1: "increase", -1: "decrease", 0: "change"}


def term_clauses(
    amendment: Amendment, terms: dict[str, str], said_figures: set[tuple[str, str]]
) -> list[tuple[int, int, str]]:
    """(item index, where the item prints the new figure, what the amendment did: "increase
    the number of Preferred Shares sought from 2,000,000 to 2,500,000"), each said once, in
    the order of the items. `said_figures`: (old, new) of the figures already said (the
    price), to which those said here are added: a figure is said once, however many items
    print it and whatever each calls it."""
    w = amendment.wording.schedule_to
    subjects: dict[str, Any] = dict(w.get("term_subjects", {}))
    out: list[tuple[int, int, str]] = []
    said: set[str] = set()
    for index, item in enumerate(amendment.change_items):
        if item.materiality not in _TERM_CLASSES:
            continue
        subject = _subject(item, subjects)
        clauses = _figures(item, terms, w, said_figures)
        if not clauses and subject is not None and item.materiality is Materiality.MATERIAL:
            action = "added" if item.kind in _ADDS else "removed" if item.kind in _TAKES else ""
            said_as = subjects[subject]
            clauses = [(0, str(said_as.get(action or "changed", said_as["changed"])))]
        for at, clause in clauses:
            key = " ".join(clause.split()).casefold()
            if key not in said:
                said.add(key)
                out.append((index, at, clause))
    return out


def _subject(item: AmendmentItem, subjects: dict[str, Any]) -> str | None:
    """The subject of the terms the item changes, by its section's title or its own words,
    when `term_subjects` states it; None otherwise."""
    rules = house_rules()
    text = item.new_text or item.old_text
    found = rules.subject_of(item.locator.section_name, text)
    return found.name if found is not None and found.name in subjects else None


def _figures(
    item: AmendmentItem, terms: dict[str, str], w: dict[str, Any], said: set[tuple[str, str]]
) -> list[tuple[int, str]]:
    """The item's changed figures Item 4 names and `said` does not hold: a count of what
    holders tender (sought, or the least to be tendered), a figure the offer defines a term
    for ("the Minimum Tender Condition"), a schedule, a period the offer names. The price
    and the ratio are said apart."""
    if not (item.old_text and item.new_text):
        return []
    out: list[tuple[int, str]] = []
    for old, new in _changed_pairs(item):
        name = _named(old, new, item, terms, w)
        figures = (_number(old.text), _number(new.text))
        if name is None or figures in said:
            continue
        said.add(figures)
        said.add((old.text, new.text))  # a period within it is this change, not another
        what, old_said, new_said = name
        direction = _direction(old, new)
        verb = str(w.get("term_verbs", _VERBS).get(str(direction), _VERBS[direction]))
        if new.kind == "schedule" or (new.kind == "count" and new.unit in PERIODS):
            verb = _VERBS[0]  # a schedule or a period is changed, not raised
        clause = fill(str(w["term_figure"]), verb=verb, term=what, old=old_said, new=new_said)
        out.append((item.new_text.find(new.text), clause))
    changes, _ = fact_changes(item.old_text, item.new_text)  # a period the offer names
    for change in changes:
        period = change.kind == "count" and change.specific and _a_period(change.new)
        if period and not _within(change.old, change.new, said):
            said.add((change.old, change.new))
            values = {"verb": _VERBS[0], "term": f"the {change.label}"}
            clause = fill(str(w["term_figure"]), **values, old=change.old, new=change.new)
            out.append((item.new_text.find(change.new), clause))
    return out


def _within(old: str, new: str, said: set[tuple[str, str]]) -> bool:
    """Whether a change is one already said, or lies inside one (the "two years" of a
    vesting schedule "over two years" changed to "over three years" is that change)."""
    return any(old in was and new in now for was, now in said)


def _a_period(printed: str) -> bool:
    words = printed.split()
    return len(words) > 1 and " ".join(words[1:]).casefold() in PERIODS


def _changed_pairs(item: AmendmentItem) -> list[tuple[Fact, Fact]]:
    """The facts the item changed, old with new: a table's within the cell of the row that
    is still that row (a class put in at the top is no class raised), else `_paired`."""
    if item.kind in TABLE_KINDS:
        return [(old, new) for old, new in paired_facts(item) if old.unit == new.unit]
    return _paired(extract(item.old_text), extract(item.new_text))


def _paired(old: list[Fact], new: list[Fact]) -> list[tuple[Fact, Fact]]:
    """The facts that changed, old with new, kind by kind in the order they are printed.
    Each side's values are gathered once and each kind's new facts queued: looked for anew
    for each fact, a grant list of 3,000 changed rows took minutes and gigabytes."""
    kept_old = {(o.kind, o.value) for o in old}
    kept_new = {(n.kind, n.value) for n in new}
    waiting: dict[tuple[str, object], deque[Fact]] = {}
    for fact in new:
        if (fact.kind, fact.value) not in kept_old:
            waiting.setdefault((fact.kind, fact.unit), deque()).append(fact)
    pairs = []
    for fact in old:
        if (fact.kind, fact.value) in kept_new:
            continue
        queue = waiting.get((fact.kind, fact.unit))
        if queue:
            pairs.append((fact, queue.popleft()))
    return pairs


def _named(
    old: Fact, new: Fact, item: AmendmentItem, terms: dict[str, str], w: dict[str, Any]
) -> tuple[str, str, str] | None:
    """(name, old, new as said) of a changed figure Item 4 states; None for one it leaves to
    the item (a price or ratio said apart, a worked example's count, a date)."""
    if new.kind == "schedule":
        schedules = w.get("schedule_terms", {})
        key = "vesting" if "vest" in item.new_text.casefold() else "other"
        return str(schedules.get(key, "the schedule")), old.text, new.text
    tendered = terms.get("tendered", "")
    counts_tendered = new.kind == "count" and _counts(new.unit, tendered)
    if new.kind in ("count", "percent", "money", "number"):
        defined = defined_term(item.new_text, new.text)
        if defined:  # "(the “Minimum Tender Condition”)": the offer's own name, units said
            return defined, _ordinary(old.text), _ordinary(new.text)
    if not counts_tendered:
        return None
    names = house_table("figure_names") or {}
    sentence = next((s for s in sentences(item.new_text) if new.text in s), item.new_text)
    condition = any(str(c) in sentence.casefold() for c in names.get("condition", []))
    if not condition and not _sought(sentence, new.text, names):
        return None  # a count of another thing (an odd lot): the item says it
    template = names.get(f"count_{'condition' if condition else 'sought'}")
    if template is None:
        return None
    name = str(template).replace("{securities}", tendered)
    return name, _number(old.text), _number(new.text)


def _sought(sentence: str, figure: str, names: dict[str, Any]) -> bool:
    """Whether the sentence says the figure is what the offer seeks ("purchase up to
    2,000,000"), and no bound before it makes it the size of a holding ("Holders of fewer
    than 100"): rules.toml [figure_names] `sought` and `not_sought`."""
    folded = " ".join(sentence.split()).casefold()
    before = folded[: max(folded.find(figure.casefold()), 0)]
    if any(before.rstrip().endswith(str(b)) for b in names.get("not_sought", [])):
        return False
    return any(str(w) in folded for w in names.get("sought", []))


def _counts(unit: str, tendered: str) -> bool:
    """Whether a count's unit ("shares") counts what holders tender ("Preferred Shares")."""
    last = tendered.split()[-1].casefold() if tendered.split() else ""
    return bool(unit) and last.rstrip("s") == unit.casefold().rstrip("s")


def _number(printed: str) -> str:
    """The figure of a count ("2,500,000" of "2,500,000 Preferred Shares"), a money amount
    without its words: what says a figure once, whatever names it."""
    return printed.split()[0] if printed.split() else printed


def _ordinary(printed: str) -> str:
    """A count printed on a cover in capitals ("750,000 SHARES") in small letters."""
    return printed.lower() if printed.isupper() else printed


def _direction(old: Fact, new: Fact) -> int:
    from amendtool.core.plain_numbers import decimal_of

    a, b = decimal_of(old.text), decimal_of(new.text)
    if a is None or b is None:
        return 0
    return (b > a) - (b < a)
