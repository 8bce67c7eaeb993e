"""The facts a change alters, for the plain notice: each fact found in the old and the new
text (plain_fact_reading) paired old with new, with what it measures ("minimum exercise price
per share"), so the notice can say "is now $17.50. It was $20.00." instead of quoting where
the words changed.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal, InvalidOperation

from amendtool.core.offer_dates import deadline_name, moment_named
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_amounts import money_name, of_the_past, says_no_measure
from amendtool.core.plain_fact_change import FactChange, a_deadline, deadlines_joined
from amendtool.core.plain_fact_reading import Fact, facts_in
from amendtool.core.plain_fact_shown import same_place
from amendtool.core.plain_fact_shown import shown as _shown
from amendtool.core.plain_heading_words import counts_things
from amendtool.core.plain_labels import (
    as_label,
    bound_of,
    cell_names,
    fact_label,
    named,
    opens_with_a_defined_term,
)
from amendtool.core.plain_noun_phrases import noun_phrase, pronouns_named, whole_name
from amendtool.core.plain_numbers import decimal_of, ratio_per_one, reads_either_way
from amendtool.core.plain_owners import unowned_at
from amendtool.core.plain_periods import in_base_unit, is_period, period_direction
from amendtool.core.ratios import counted_per, rate_after
from amendtool.core.segment import sentence_at, since_sentence_end
from amendtool.core.text_cache import bounded_cache

__all__ = ["Fact", "FactChange", "fact_changes", "facts_in"]
_MOMENTS = ("date", "time")


def _order(kind: str, old: Fact, new: Fact) -> int:
    if kind == "ratio":
        # "one for every four" is fewer new securities for each one tendered than "one for
        # every three"; a ratio printed "3.5 to 1" says nothing of which side is which
        if ratio_per_one(old.text) is None or ratio_per_one(new.text) is None:
            return 0
        try:
            before, after = Decimal(old.value), Decimal(new.value)
        except InvalidOperation:
            return 0
        return (after > before) - (after < before)
    if kind in ("date", "time"):
        return (new.value > old.value) - (new.value < old.value)
    if (period := period_direction(old.value, new.value)) is not None:
        return period  # "two weeks" to "ten business days": no way said
    a, b = decimal_of(old.text), decimal_of(new.text)
    if a is None or b is None or kind in ("document",):
        return 0
    return (b > a) - (b < a)


def fact_changes(old: str, new: str) -> tuple[list[FactChange], bool]:
    """The facts the change alters, paired old with new in order of kind; and whether the
    words around them changed too (then the facts do not tell the whole change).

    Kept for texts already read: the notice, its checks and the filing's exhibit each ask
    again for every item's changes."""
    changes, rest_changed = _cached_fact_changes(old, new)
    return list(changes), rest_changed


@bounded_cache(4096)
def _cached_fact_changes(old: str, new: str) -> tuple[tuple[FactChange, ...], bool]:
    changes, rest_changed = _fact_changes(old, new)
    return tuple(changes), rest_changed


def _fact_changes(old: str, new: str) -> tuple[list[FactChange], bool]:
    before, after = facts_in(old), facts_in(new)

    def key(fact: Fact) -> tuple[str, str]:
        return fact.kind, in_base_unit(fact.value) if fact.kind == "count" else fact.value

    gone = Counter(map(key, before)) - Counter(map(key, after))
    came = Counter(map(key, after)) - Counter(map(key, before))
    olds = _pick(before, gone, key)
    news = _pick(after, came, key)
    changes: list[FactChange] = []
    paired_old: list[Fact] = []
    paired_new: list[Fact] = []
    for kind in dict.fromkeys(f.kind for f in [*olds, *news]):
        a = [f for f in olds if f.kind == kind]
        b = [f for f in news if f.kind == kind]
        if len(a) != len(b):
            continue  # facts added or taken out, not changed: the words tell it
        for o, n in zip(a, b, strict=True):
            if "\t" not in new and not same_place(old, o, new, n):
                continue  # a figure of another sentence: the words tell it
            offset, sentence = sentence_at(new, n.start)
            preceding = since_sentence_end(new[max(0, n.start - 160) : n.start])
            label, specific = fact_label(
                sentence, n.start - offset, n.end - offset, kind, preceding
            )
            row = column_heading = group = sub = ""
            # a period of time is never a count of securities ("number of period …")
            period = is_period(kind, n.text)
            old_shown, new_shown = o.shown or _shown(kind, o.text), n.shown or _shown(kind, n.text)
            if "\t" in sentence:  # a table cell: named by its column and its row
                label, row, heading, group, sub = cell_names(new, sentence, n.start - offset, label)
                if says_no_measure(heading) or opens_with_a_defined_term(heading):
                    column_heading = heading  # said by the table's own labels, quoted
                column = sentence.count("\t", 0, n.start - offset)
                if kind == "number" and _in_dollars(new, column):
                    old_shown, new_shown = f"${old_shown}", f"${new_shown}"
                elif kind in ("number", "count") and counts_things(label):
                    label = f"number of {label}"  # "Shares": the number of shares is now …
            if kind in _MOMENTS and not row:  # an Early Tender Date, a withdrawal deadline
                at = (n.start - offset, n.end - offset)
                label, specific = moment_named(sentence, *at, label, specific)
            if kind == "ratio":
                label, specific = "exchange ratio", True
            elif not specific and not row:
                counted = label.removeprefix("number of ") if kind == "count" else ""
                at = (n.start - offset, n.end - offset)
                found = None if period else named(kind, sentence, *at, counted)
                if found and kind == "count":  # "the maximum number of shares we will buy"
                    bound = bound_of(sentence, n.start - offset, n.end - offset)
                    found = (bound + found[0], True)
                label, specific = found or (label, False)
            if not specific and not row and kind in _MOMENTS:
                specific = a_deadline(sentence, n.start - offset)
                label = deadline_name(sentence, n.start - offset) if specific else label
            if not specific and not row:  # by the nearest words that say what it is
                phrase = noun_phrase(sentence, n.start - offset, n.end - offset, kind)
                bound = next((b for b in ("minimum ", "maximum ") if label.startswith(b)), "")
                if kind == "count" and phrase:  # "for at least 10 business days"
                    bound = bound_of(sentence, n.start - offset, n.end - offset)
                label, specific = (bound + phrase, True) if phrase else (label, False)
            if not specific and not row and kind == "count" and label == "period":
                # days, months or years its words name by a verb ("vest … over four years")
                found = named("period", sentence, n.start - offset, n.end - offset)
                label, specific = found or (label, False)
            if kind == "money" and not row:  # "$26.25 per Preferred Share"
                label, specific = money_name(
                    label, specific, sentence, n.start - offset, n.end - offset
                )
            rate = rate_after(sentence[n.end - offset :]) if kind == "count" else ""
            if rate:  # "42.7 shares per $1,000": a rate, named from its clause, never a count
                label, specific = _rate_label(sentence[: n.start - offset])
                old_shown, new_shown = f"{old_shown} {rate}", f"{new_shown} {rate}"
            label, specific = whole_name(pronouns_named(label), specific, kind)
            if kind == "number":  # a bare number of things, never a period
                label = _BOUND_OF_THINGS.sub(r"\g<bound> number of ", label)
            if kind == "count" and "number of " in label and not period:
                old_shown, new_shown = old_shown.split()[0], new_shown.split()[0]  # "285"
            direction = _order(kind, o, n)
            unread = kind == "ratio" and (
                reads_either_way(o.text, old) or reads_either_way(n.text, new)
            )
            if unread:  # "1 for 2" read neither way: said as printed, counsel says which
                direction, old_shown, new_shown = (
                    0,
                    " ".join(o.text.split()),
                    " ".join(n.text.split()),
                )
            if kind == "count" and not period and counted_per(sentence[: n.start - offset]):
                # one side of a ratio not read whole: counsel says what it means
                label, specific, direction = f"number of {n.text.split()[-1].lower()}", False, 0
            history = of_the_past(sentence, new)
            unowned = None if row else unowned_at(sentence, n.start - offset, n.end - offset)
            if unowned:  # whose it is its words do not say: never the nearest name
                label, specific = unowned, False
            changes.append(
                FactChange(
                    kind,
                    old_shown,
                    new_shown,
                    label,
                    specific,
                    direction,
                    sentence,
                    row,
                    history,
                    column_heading,
                    group,
                    unread,
                    sub,
                    bool(unowned),
                )
            )
            paired_old.append(o)
            paired_new.append(n)
    rest_changed = _without(old, paired_old) != _without(new, paired_new)
    return deadlines_joined(changes), rest_changed


_RATE_CLAUSE = compiled(
    r"^(?:\(?[a-z0-9]{1,3}\)\s+)?(?:the\s+)?(?P<name>(?:[\w'’$,.-]+\s+){0,7}?[\w'’-]*rate"
    r"(?:\s+(?:of|for|on)\s+(?:[\w'’$,.-]+\s+){1,5}?)?)\s*"
    r"(?:is|are|was|were|will be|equals?|of)\s*$",
    re.I,
)


def _rate_label(before: str) -> tuple[str, bool]:
    """'conversion rate of our Series A notes', from "(2) The conversion rate of our Series
    A notes was": what the clause calls the rate, said whole; ('rate', False) when it names
    none (then counsel names it)."""
    clause = re.split(r"[,;:]", before)[-1].strip() + " "
    found = _RATE_CLAUSE.match(clause)
    if not found:
        return "rate", False
    return as_label(" ".join(found.group("name").split())), True


def _in_dollars(table: str, column: int) -> bool:
    """A column of figures whose first figure carries the "$" (as financial tables print
    it): its other figures are dollars too."""
    for row in table.split("\n")[1:]:
        cells = row.split("\t")
        if column < len(cells) and re.search(r"\d", cells[column]):
            return cells[column].strip().startswith("$")
    return False


# "maximum Eligible RSUs": a bound on a number of things is "the maximum number of" them
_BOUND_OF_THINGS = compiled(
    r"^(?P<bound>maximum|minimum)\s+(?!(?:number|amount|aggregate|price|percentage|total)\b)"
)


def _pick(facts: list[Fact], wanted: Counter[tuple[str, str]], key) -> list[Fact]:  # type: ignore[no-untyped-def]
    out = []
    for fact in facts:
        if wanted[key(fact)] > 0:
            wanted[key(fact)] -= 1
            out.append(fact)
    return out


def _without(text: str, facts: list[Fact]) -> str:
    """The words around the facts; a date "at the end of" which a midnight falls stands as
    "on" it stood (an extension to midnight says so, and changes no other word)."""
    for fact in sorted(facts, key=lambda f: -f.start):
        mark = "@" if fact.kind == "date" else "#"
        text = text[: fact.start] + mark + text[fact.end :]
    text = " ".join(re.sub("[“”]", '"', text).split())
    return _DAY_ENDS.sub(lambda m: "ON @" if m.group(0).isupper() else "on @", text)


_DAY_ENDS = compiled(r"\bat the end of @", re.I)
