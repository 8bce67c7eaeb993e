"""The facts a sentence states: amounts, percentages, ratios, vesting schedules, counts, dates
and times (the deadlines it states are read in stated_deadlines.py).

Compared by value, so "$20" and "$20.00", or "Sept. 27, 2001" and "September 27, 2001", are
the same fact: a change that only rewrites how a fact is printed changes no fact. References
("Section 7", "Rule 13e-4(f)(1)(ii)", "page 27", "Exhibit (a)(1)", "Act of 1934") are not
facts; they are masked first and compared on their own.
"""

from __future__ import annotations

import re
from collections import Counter

from amendtool.core import fact_hints, text_cache
from amendtool.core.fact_meanings import as_defined, shares_of_schedules
from amendtool.core.fact_patterns import (
    _COUNT,
    _DATE,
    _MONEY,
    _MONTH_YEAR,
    _PERCENT,
    _RATIO,
    _TIME,
    NUMBER,
    parse_date,
    parse_month_year,
    parse_time,
)
from amendtool.core.fact_references import mask_references, printed_place
from amendtool.core.fact_values import Fact, count_fact, money_fact, ratio_fact, schedule_fact
from amendtool.core.figure_roles import Placed, by_role
from amendtool.core.money_words import MONEY_WORDS, may_hold_money_words, money_in_words
from amendtool.core.numerals import plain_number
from amendtool.core.paragraph_reading import PARAGRAPH_BREAK, by_paragraph
from amendtool.core.postal_addresses import ADDRESS, TELEPHONE, address_value, may_hold_address
from amendtool.core.small_letter_search import in_small_letters, search
from amendtool.core.spans import TakenSpans
from amendtool.core.text_cache import EVERY_PARAGRAPH, bounded_cache
from amendtool.core.vesting_schedules import (
    may_hold_schedule,
    schedule_patterns,
)

FACT_MARK = "\u00a4"  # what a masked fact reads as (a masked reference: fact_references.py)


def extract(text: str) -> list[Fact]:
    """Every fact in `text`, in order of kind; each span is used by one fact only."""
    return [fact for _span, fact in _scan(mask_references(text))]


def facts_of(text: str, kind: str) -> list[Fact]:
    """The facts of one kind in `text`, as `extract` gives them; a text lacking what every
    such fact holds (core/fact_hints.py) is not read at all: a check asking every row of a
    20,000-row table for its ratios reads only the rows that may state one."""
    return list(_facts_of(text, kind))


@bounded_cache(EVERY_PARAGRAPH)
def _facts_of(text: str, kind: str) -> tuple[Fact, ...]:
    """Kept by the text: the checks ask each sentence of the original and of the revision
    for its ratios (the direction of bare ratios, the examples against the ratio), and the
    two share most sentences; the test of what the text must hold costs as much as a
    paragraph's reading kept, so it is made once for each text too."""
    masked = mask_references(text)
    hint = _HINTS.get(kind)
    if hint is not None and not hint(masked):
        return ()
    return tuple(fact for _span, fact in _scan(masked) if fact.kind == kind)


def extract_placed(text: str) -> tuple[str, list[tuple[tuple[int, int], Fact]]]:
    """`text` with its references masked, and every fact in it with its span there, in the
    order printed: what is said around a fact tells the role it plays ("up from $3.10")."""
    masked = mask_references(text)
    return masked, sorted(_scan(masked), key=lambda pair: pair[0])


def mask_facts(text: str) -> str:
    """`text` (references already masked) with every fact replaced by one mark, so that
    the words around facts can be compared without the facts."""
    out, last = [], 0
    for (start, end), _fact in sorted(_scan(text), key=lambda pair: pair[0]):
        out += [text[last:start], FACT_MARK]
        last = end
    return "".join(out) + text[last:]


def mask_moments(text: str) -> str:
    """`text` with each date and time (a weekday with its date) replaced by one mark: what an
    item changes besides the moments it moves is read, and shown, without them."""
    out, last = [], 0
    for (start, end), fact in sorted(_scan(text), key=lambda pair: pair[0]):
        if fact.kind in ("date", "time"):
            out += [text[last:start], FACT_MARK]
            last = end
    return "".join(out) + text[last:]


# what `_scan` looks for before reading each kind: without it, no fact of the kind is read
_HINTS = {
    "time": fact_hints.may_hold_time,
    "date": fact_hints.may_hold_date,
    "percent": fact_hints.may_hold_percent,
    "ratio": fact_hints.may_hold_ratio,
    "schedule": may_hold_schedule,
}


@bounded_cache(EVERY_PARAGRAPH)
def _scan(text: str) -> tuple[tuple[tuple[int, int], Fact], ...]:
    """Every fact with its span, in order of kind; kept for texts already read (a proposal
    reads each text for its facts, then again to mask them). Read paragraph by paragraph
    (core/paragraph_reading.py); what a fact means beside the others is read over all."""
    if PARAGRAPH_BREAK in text:
        placed = [
            (order, (start + at, end + at), fact)
            for at, (order, (start, end), fact) in by_paragraph(text, _paragraph_read)
        ]
        placed.sort(key=lambda one: (one[0], one[1][0]))  # as one reading of the whole
    else:
        placed = _read_paragraph(text)
    found = [(span, fact) for _order, span, fact in placed]
    return tuple(as_defined(shares_of_schedules(found)))


Placement = tuple[tuple[int, int], tuple[int, int], Fact]  # pattern that read it, span, fact


def _read_paragraph(text: str) -> list[Placement]:
    """The facts of one paragraph, each with the pattern that read it (patterns are tried
    in order, each where no earlier one read a fact)."""
    found: list[Placement] = []
    taken = TakenSpans()
    patterns = iter(range(1_000))  # each pattern's number, the same in every paragraph
    small = in_small_letters(text)  # the longest patterns search it (small_letter_search.py)

    def free(match: re.Match[str]) -> bool:
        return not taken.overlaps(*match.span())

    def take(pattern: re.Pattern[str], make, holds=True, read_by=None) -> None:  # type: ignore[no-untyped-def]
        read_by = read_by or (next(patterns), 0)
        if not holds:
            return  # the text lacks what every match holds (core/fact_hints.py)
        # a match that runs into a fact already read ("$39.99 1 for every 3" in a table row)
        # is looked for again just after its start, so the fact beside it is still found
        position = 0
        while (match := search(pattern, text, small, position)) is not None:
            if not free(match):
                position = taken.past(*match.span())
                continue
            fact = make(match)
            if fact is not None:
                found.append((read_by, match.span(), fact))
                taken.add(*match.span())
            position = max(match.end(), match.start() + 1)

    # each look asked once, though two patterns need what it looks for (an address, a date)
    addressed, dated = may_hold_address(text), fact_hints.may_hold_date(text)
    for where in (ADDRESS, TELEPHONE):  # before the figures an address prints
        take(where, lambda m: Fact("address", address_value(m[0]), m[0]), addressed)
    timed = fact_hints.may_hold_time(text)
    take(_TIME, lambda m: Fact("time", "{:02d}:{:02d}".format(*parse_time(m)), m[0]), timed)
    take(_DATE, lambda m: Fact("date", parse_date(m), m.group(0)), dated)
    take(_MONTH_YEAR, lambda m: Fact("date", parse_month_year(m), m[0]), dated)
    schedules = next(patterns)
    if may_hold_schedule(text):  # before the counts and fractions a schedule prints
        for number, schedule in enumerate(schedule_patterns()):
            take(schedule, schedule_fact, read_by=(schedules, number))
    take(_MONEY, money_fact, fact_hints.may_hold_money(text))
    take(MONEY_WORDS, lambda m: Fact("money", *money_in_words(m)), may_hold_money_words(text))
    percent = fact_hints.may_hold_percent(text)
    take(_PERCENT, lambda m: Fact("percent", plain_number(m.group("amount")), m.group(0)), percent)
    take(_RATIO, ratio_fact, fact_hints.may_hold_ratio(text))
    take(_COUNT, count_fact, fact_hints.may_hold_count(text))
    take(NUMBER, lambda m: Fact("number", plain_number(m.group(0)), m.group(0)))
    return found


# the paragraphs of long texts, kept: the same rows are read in the old and new section,
# the notice's text and the filing's
@bounded_cache(EVERY_PARAGRAPH)
def _paragraph_read(text: str) -> tuple[Placement, ...]:
    return tuple(_read_paragraph(text))


def changed_facts(old: str, new: str) -> tuple[list[Fact], list[Fact]]:
    """The facts only the old text states and those only the new one states. A bare number
    the other text prints as often ("Secton 10" → "Section 10", read there as a reference)
    is not changed: only the word beside it is."""
    removed, added = _changed_facts(old, new)
    return list(removed), list(added)


@bounded_cache(8192)
def _changed_facts(old: str, new: str) -> tuple[tuple[Fact, ...], tuple[Fact, ...]]:
    """Kept for the pair: the proposal, the check of the two per cent proviso and that of
    terms left standing each ask it of the same item (a grant list of 20,000 rows: three
    times each row's facts counted, paired and put in their roles). The bare numbers each
    text prints are counted only when a bare number changed: most items change none."""
    before, after = extract(old), extract(new)
    key = lambda f: (f.kind, f.value, f.unit)  # noqa: E731
    extra_old = Counter(map(key, before)) - Counter(map(key, after))
    extra_new = Counter(map(key, after)) - Counter(map(key, before))
    removed, added = _pick(before, extra_old, key), _pick(after, extra_new, key)
    if any(f.kind == "number" for f in removed + added):  # the bare numbers counted: below
        printed = [Counter(map(plain_number, NUMBER.findall(_bare(t)))) for t in (old, new)]
        kept = lambda f, own, other: f.kind != "number" or other[f.value] < own[f.value]  # noqa: E731
        removed = [f for f in removed if kept(f, *printed)]
        added = [f for f in added if kept(f, *printed[::-1])]
    return tuple(removed), tuple(by_role(removed, added, _placed(old), _placed(new)))


def _placed(text: str) -> Placed:
    masked = mask_references(text)
    return masked, _scan(masked)


def _bare(text: str) -> str:
    """`text` without the figures of other facts ("$50", "50%"): a bare number it prints
    elsewhere is counted, a digit of an amount is not ("a spread of 50 basis points" → "40
    basis points … $50" moves the spread). Each figure is taken out at its own place, in one
    pass: taken out by searching the text again for each, a table of 20,000 rows took
    seconds."""
    placed = _scan(mask_references(text))
    raw = printed_place(text)  # the references were found once, when they were masked
    out, last = [], 0
    for (start, end), fact in sorted(placed, key=lambda pair: pair[0]):
        if fact.kind not in ("number", "address"):
            out += [text[last : raw(start)], " "]
            last = raw(end)
    return "".join(out) + text[last:]


def _pick(facts: list[Fact], wanted: Counter, key) -> list[Fact]:  # type: ignore[no-untyped-def,type-arg]
    out = []
    for fact in facts:
        if wanted[key(fact)] > 0:
            wanted[key(fact)] -= 1
            out.append(fact)
    return out


def clear_caches() -> None:
    """For benchmarks that measure a first, cold draft."""
    from amendtool.core import stated_deadlines  # reads its dates and times with this module's

    _scan.cache_clear()
    _facts_of.cache_clear()
    _changed_facts.cache_clear()
    _paragraph_read.cache_clear()
    stated_deadlines.clear_caches()
    text_cache.clear_caches()
