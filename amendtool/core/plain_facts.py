"""The facts a change alters, for the plain notice: amounts, prices, percentages, ratios,
share counts, periods, dates, times and document names, each found in the old and the new
text with what it measures ("minimum exercise price per share"), so the notice can say
"is now $17.50. It was $20.00." instead of quoting where the words changed.

References ("Section 7", "Rule 13e-4", "page 27", "Exhibit (a)(1)") are not facts; they are
masked before anything is read.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from amendtool.core.plain_labels import cell_names, fact_label, named, noun_phrase, tied_time
from amendtool.core.ratios import FOR_EACH_NEW, old_and_new
from amendtool.core.segment import split_sentences

_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_SMALL = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
_WORD_VALUES = {w: i + 1 for i, w in enumerate(_SMALL)} | {
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
_DIGITS = r"\d(?:[\d,]*\d)?(?:\.\d+)?"  # "3,356,925", "17.50"; never a trailing comma
_NUM = rf"(?:{_DIGITS}|" + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + ")"
_UNITS = (
    r"business days?|calendar days?|trading days?|days?|months?|years?|weeks?|hours?|"
    r"shares?|options?|units?|RSUs?|awards?|notes?|warrants?|employees?|holders?"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "time",
        re.compile(
            r"\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|midnight|noon)|\bmidnight\b|\bnoon\b", re.I
        ),
    ),
    (
        "date",
        re.compile(
            rf"\b{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b", re.I
        ),
    ),
    (
        "money",
        re.compile(rf"\$\s?{_DIGITS}(?:\s+(?:thousand|million|billion))?(?:\s+per share)?"),
    ),
    ("percent", re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|percent\b)", re.I)),
    (
        "ratio",
        re.compile(
            rf"\b(?P<a>{_NUM})(?:\s+[\w-]+){{0,3}}?\s+for\s+(?:each|every)(?:\s+(?P<b>{_NUM})\b)?"
            rf"(?:{FOR_EACH_NEW})?"
            rf"|\b(?P<c>{_NUM})[- ]for[- ](?P<d>{_NUM})\b"  # "2-for-1", "two-for-one"
            r"|\b(?P<e>\d+(?:\.\d+)?)[- ]to[- ](?P<f>1)\b"  # "3.5 to 1" in an exchange table
            # "For every 2 Eligible Options you exchange, we will grant you 1 New Option"
            rf"|\bfor\s+(?:each|every)\s+(?P<g>{_NUM})\s+(?:[\w-]+\s+){{0,5}}?[\w-]+,\s+"
            rf"(?:[\w'’-]+\s+){{0,5}}?(?P<h>{_NUM})(?!\S)",
            re.I,
        ),
    ),
    ("count", re.compile(rf"\b{_NUM}(?:\s+[A-Za-z-]+){{0,2}}?\s+(?:{_UNITS})\b", re.I)),
    (
        "document",
        re.compile(
            r"\b(?:[A-Z][a-z]+\s+){1,3}(?:Form|Agreement|Letter of Transmittal|Certificate)\b"
            r"|\bLetter of Transmittal\b|\bNotice of Withdrawal\b"
            r"|\bOffer to (?:Exchange|Purchase)\b"
        ),
    ),
    ("number", re.compile(rf"(?<![\w.$]){_DIGITS}(?![\w%])")),
]
_REFERENCE = re.compile(
    r"\b(?:Rules?|Regulation|Sections?|Items?|Schedule|Annex|Appendix|Exhibits?|pages?|Part|"
    r"Article|Question|Form)\s+(?:\([a-z]\)(?:\(\d+\))*|\d+[A-Za-z]?(?:[-.]\w+)*(?:\([a-z0-9]+\))*)"
    r"|\bAct of \d{4}\b|\(\w\)\(\d+\)|\b(?:19|20)\d\d Stock\b|\bQ\d+\b",
)


@dataclass(frozen=True)
class Fact:
    kind: str  # time date money percent ratio count document number
    value: str  # compared by value: "$20" and "$20.00" are the same amount
    text: str  # as printed
    start: int
    end: int
    unit: str = ""


@dataclass(frozen=True)
class FactChange:
    """One fact the change alters: old and new as printed, and what the fact measures."""

    kind: str
    old: str
    new: str
    label: str  # "minimum exercise price per share"; generic ("amount") when unknown
    specific: bool  # the label came from the text, not from the kind of fact
    direction: int  # +1 the new value is higher or later, -1 lower or earlier, 0 unknown
    sentence: str  # the new sentence stating it (in a table, its row)
    row: str = ""  # in a table: the row's first cell, which names it


def _decimal(text: str) -> Decimal | None:
    word = _WORD_VALUES.get(text.lower().split()[0]) if text.split() else None
    if word is not None:
        return Decimal(word)
    number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if number is None:
        return None
    try:
        value = Decimal(number.group(0).replace(",", ""))
    except InvalidOperation:
        return None
    scale = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
    for word_scale, factor in scale.items():
        if word_scale in text.lower():
            value *= factor
    return value.normalize()


def _value(kind: str, text: str) -> str:
    folded = " ".join(text.split()).lower()
    if kind == "date":
        match = re.match(rf"({_MONTH})\s+(\d+)(?:,\s*(\d{{4}}))?", text, re.I)
        if match:
            month = _MONTHS.index(match.group(1).lower()) + 1
            return f"{match.group(3) or ''}-{month:02d}-{int(match.group(2)):02d}"
        return folded
    if kind == "time":
        return _clock(folded)
    if kind == "document":
        return folded.replace(" ", "")
    if kind == "ratio":
        a, b = _ratio_terms(text)
        return f"{(a / b).normalize():f}" if b else folded
    if kind == "count":
        first = folded.split()[0]
        unit = re.sub(r"s$", "", folded.split()[-1])
        return f"{_decimal(first)} {unit}"
    number = _decimal(folded)
    return f"{number:f}" if number is not None else folded


def _clock(folded: str) -> str:
    """'11:59 p.m.' → '23:59'; midnight is the end of its day ('24:00')."""
    if "midnight" in folded:
        return "24:00"
    match = re.match(r"(\d{1,2})(?::(\d{2}))?", folded)
    if match is None:
        return "12:00"  # noon
    hour, minute = int(match.group(1)) % 12, int(match.group(2) or 0)
    if "p.m." in folded:
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def _ratio_sides(text: str) -> tuple[str, str] | None:
    """(received, given up), the numbers as printed; None when no ratio is printed."""
    match = _PATTERNS[4][1].search(text)
    if match is None:
        return None
    if match.group("g"):
        given, received = old_and_new("comma", match.group("g"), match.group("h"), "")
    elif match.group("a"):
        given, received = old_and_new(
            "each", match.group("a"), match.group("b") or "one", match.group(0)
        )
    elif match.group("c"):
        given, received = old_and_new("hyphen", match.group("c"), match.group("d"), "")
    else:
        given, received = match.group("f"), match.group("e")  # "3.5 to 1": which is which?
    return received, given


def _ratio_terms(text: str) -> tuple[Decimal, Decimal]:
    sides = _ratio_sides(text)
    if sides is None:
        return Decimal(0), Decimal(0)
    return _decimal(sides[0]) or Decimal(0), _decimal(sides[1]) or Decimal(0)


def _ratio_per_one(text: str) -> Decimal | None:
    """What one tendered security brings under a ratio "one … for every two …"; None for a
    ratio printed "3.5 to 1"."""
    match = _PATTERNS[4][1].search(text)
    if match is None or match.group("e"):
        return None
    a, b = _ratio_terms(text)
    return a / b if b else None


def ratio_words(text: str) -> str:
    """'one New Option for every two Eligible Options', '2-for-1' → 'one for two': what one
    receives for what one gives up."""
    match = _PATTERNS[4][1].search(text)
    sides = _ratio_sides(text)
    if match is None or sides is None or match.group("e"):
        return text  # "3.5 to 1" as printed
    return f"{_spelled(sides[0])} for {_spelled(sides[1])}"


def _spelled(number: str) -> str:
    """'2' → 'two', 'One' → 'one': a ratio reads the same however the offer prints it."""
    value = _decimal(number)
    if value is not None and value == value.to_integral_value() and 0 < value <= len(_SMALL):
        return _SMALL[int(value) - 1]
    return number.lower() if number.isalpha() else number


def facts_in(text: str) -> list[Fact]:
    """Every fact in the text, each span read once, in the order they appear."""
    masked = _REFERENCE.sub(lambda m: "§" * len(m.group(0)), text)
    taken: list[tuple[int, int]] = []
    facts: list[Fact] = []
    for kind, pattern in _PATTERNS:
        position = 0
        while (match := pattern.search(masked, position)) is not None:
            start, end = match.span()
            position = max(end, start + 1)
            if any(start < e and s < end for s, e in taken):
                position = start + 1  # "$39.99 1 for every 3": the ratio after the amount
                continue
            printed = text[start:end]
            unit = printed.split()[-1].lower() if kind == "count" else ""
            facts.append(Fact(kind, _value(kind, printed), printed, start, end, unit))
            taken.append((start, end))
    return sorted(facts, key=lambda f: f.start)


def _order(kind: str, old: Fact, new: Fact) -> int:
    if kind == "ratio":
        # "one for every four" is fewer new securities for each one tendered than "one for
        # every three"; a ratio printed "3.5 to 1" says nothing of which side is which
        a, b = _ratio_per_one(old.text), _ratio_per_one(new.text)
        return 0 if a is None or b is None else (b > a) - (b < a)
    if kind in ("date", "time"):
        return (new.value > old.value) - (new.value < old.value)
    a, b = _decimal(old.text), _decimal(new.text)
    if a is None or b is None or kind in ("document",):
        return 0
    return (b > a) - (b < a)


_SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<![AP]\.M)[.?!][\"”’)]*\s")


def _since_sentence_end(text: str) -> str:
    """The text after the last real sentence end ("11:59 p.m. on" ends none)."""
    ends = list(_SENTENCE_END.finditer(text))
    return text[ends[-1].end() :] if ends else text


def _sentence_at(text: str, position: int) -> tuple[int, str]:
    """The sentence holding `position`; in a table ("cell\tcell" rows), its row."""
    if "\t" in text:
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        return start, text[start : end if end >= 0 else len(text)]
    for start, end in split_sentences(text):
        if start <= position < end:
            return start, text[start:end]
    return 0, text


def fact_changes(old: str, new: str) -> tuple[list[FactChange], bool]:
    """The facts the change alters, paired old with new in order of kind; and whether the
    words around them changed too (then the facts do not tell the whole change).

    Kept for texts already read: the notice, its checks and the filing's exhibit each ask
    again for every item's changes."""
    changes, rest_changed = _cached_fact_changes(old, new)
    return list(changes), rest_changed


@lru_cache(maxsize=4096)
def _cached_fact_changes(old: str, new: str) -> tuple[tuple[FactChange, ...], bool]:
    changes, rest_changed = _fact_changes(old, new)
    return tuple(changes), rest_changed


def _fact_changes(old: str, new: str) -> tuple[list[FactChange], bool]:
    before, after = facts_in(old), facts_in(new)

    def key(fact: Fact) -> tuple[str, str]:
        return fact.kind, fact.value

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
            offset, sentence = _sentence_at(new, n.start)
            preceding = _since_sentence_end(new[max(0, n.start - 160) : n.start])
            label, specific = fact_label(
                sentence, n.start - offset, n.end - offset, kind, preceding
            )
            row = ""
            old_shown, new_shown = _shown(kind, o.text), _shown(kind, n.text)
            if "\t" in sentence:  # a table cell: named by its column and its row
                label, row = cell_names(new, sentence, n.start - offset, label)
                column = sentence.count("\t", 0, n.start - offset)
                if kind == "number" and _in_dollars(new, column):
                    old_shown, new_shown = f"${old_shown}", f"${new_shown}"
            if kind == "ratio":
                label, specific = "exchange ratio", True
            elif not specific and not row:
                label, specific = named(kind, sentence, n.start - offset, n.end - offset) or (
                    label,
                    False,
                )
            if not specific and not row:  # by the nearest words that say what it is
                phrase = noun_phrase(sentence, n.start - offset, n.end - offset, kind)
                bound = next((b for b in ("minimum ", "maximum ") if label.startswith(b)), "")
                label, specific = (bound + phrase, True) if phrase else (label, False)
            if kind == "count" and label.startswith("number of "):
                old_shown, new_shown = old_shown.split()[0], new_shown.split()[0]  # "285"
            direction = _order(kind, o, n)
            changes.append(
                FactChange(kind, old_shown, new_shown, label, specific, direction, sentence, row)
            )
            paired_old.append(o)
            paired_new.append(n)
    rest_changed = _without(old, paired_old) != _without(new, paired_new)
    return _deadlines_joined(changes), rest_changed


def _deadlines_joined(changes: list[FactChange]) -> list[FactChange]:
    """A deadline is said whole, its time and its date: "5:00 p.m. on October 4, 2001" (it
    was "11:59 p.m. on September 27, 2001"); when only one of them changed, the other is the
    one its sentence states, the same before and after."""
    times = [c for c in changes if c.kind == "time" and c.label == "deadline"]
    dates = [c for c in changes if c.kind == "date" and c.label == "deadline"]
    out = list(changes)
    for time in times:
        date = next((d for d in dates if d.sentence == time.sentence and d in out), None)
        if date is None:
            day = _stated(time.sentence, "date")
            if day is None:
                continue
            date = dataclasses.replace(time, kind="date", old=day, new=day, direction=0)
        else:
            out.remove(date)
        out[out.index(time)] = _joined(time, date)
    for date in [d for d in dates if d in out]:
        hour = _stated(date.sentence, "time")
        if hour is not None:
            out[out.index(date)] = _joined(
                dataclasses.replace(date, kind="time", old=hour, new=hour, direction=0), date
            )
    for index, date in enumerate(out):  # any other date is said with the time tied to it
        hour = tied_time(date.sentence, date.new) if date.kind == "date" else None
        if hour and not any(c.kind == "time" and c.sentence == date.sentence for c in out):
            out[index] = dataclasses.replace(
                date, old=f"{hour} on {date.old}", new=f"{hour} on {date.new}"
            )
    return out


def _stated(sentence: str, kind: str) -> str | None:
    """The one time (or date) a sentence states, as the notice prints it."""
    found = [f for f in facts_in(sentence) if f.kind == kind]
    return _shown(kind, found[0].text) if len(found) == 1 else None


def _joined(time: FactChange, date: FactChange) -> FactChange:
    return FactChange(
        "deadline",
        f"{time.old} on {date.old}",
        f"{time.new} on {date.new}",
        "deadline",
        True,
        date.direction or time.direction,
        time.sentence,
    )


def _shown(kind: str, printed: str) -> str:
    """A fact as the notice prints it: 'April 17, 2023' for 'APRIL 17, 2023', 'one for two'."""
    printed = " ".join(printed.split())
    if kind == "ratio":
        return ratio_words(printed)
    if kind == "date":
        return re.sub(r"^[A-Za-z]+", lambda m: m.group(0).capitalize(), printed)
    if kind == "time":
        return printed.lower()
    return printed


def _in_dollars(table: str, column: int) -> bool:
    """A column of figures whose first figure carries the "$" (as financial tables print
    it): its other figures are dollars too."""
    for row in table.split("\n")[1:]:
        cells = row.split("\t")
        if column < len(cells) and re.search(r"\d", cells[column]):
            return cells[column].strip().startswith("$")
    return False


def _pick(facts: list[Fact], wanted: Counter[tuple[str, str]], key) -> list[Fact]:  # type: ignore[no-untyped-def]
    out = []
    for fact in facts:
        if wanted[key(fact)] > 0:
            wanted[key(fact)] -= 1
            out.append(fact)
    return out


def _without(text: str, facts: list[Fact]) -> str:
    for fact in sorted(facts, key=lambda f: -f.start):
        text = text[: fact.start] + "#" + text[fact.end :]
    return " ".join(re.sub("[“”]", '"', text).split())
