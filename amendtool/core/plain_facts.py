"""The facts a change alters, for the plain notice: amounts, prices, percentages, ratios,
share counts, periods, dates, times and document names, each found in the old and the new
text with what it measures ("minimum exercise price per share"), so the notice can say
"is now $17.50. It was $20.00." instead of quoting where the words changed.

References ("Section 7", "Rule 13e-4", "page 27", "Exhibit (a)(1)") are not facts; they are
masked before anything is read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from amendtool.core.facts import GIVEN_UP
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
            r"|\b(?P<c>\d+(?:\.\d+)?)[- ]for[- ](?P<d>\d+(?:\.\d+)?)\b"
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
_MINIMUM = re.compile(
    r"\b(?:at least|not less than|no less than|a minimum of|equal to or greater than)\s+$", re.I
)
_MAXIMUM = re.compile(r"\b(?:no more than|not more than|up to|at most|a maximum of)\s+$", re.I)
_STRICT = re.compile(r"\b(?:less than|more than|greater than|fewer than|below|above)\s+$", re.I)
_OR_MORE = re.compile(r"^\s*(?:or (?:more|higher|greater|above))\b", re.I)
_OR_LESS = re.compile(r"^\s*(?:or (?:less|lower|fewer|below))\b", re.I)
_LINK = re.compile(
    r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){1,8}?)(?:of|is|are|was|will be|equal to|equals|at)\s+$"
)
_FUNCTION = frozenset(
    """a an the that which who whose have has had having with its our your their any each all
    and or for in on is are was were will be must may can to than of by from as at this these
    those such if whether not no new old we you they it per""".split()
)
_NOT_NOUNS = frozenset("expire expires expired receive paid granted made set equal".split())
_GENERIC = {
    "money": "amount",
    "percent": "percentage",
    "ratio": "exchange ratio",
    "date": "date",
    "time": "time",
    "document": "document",
    "number": "number",
}


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


def _ratio_terms(text: str) -> tuple[Decimal, Decimal]:
    match = _PATTERNS[4][1].search(text)
    if match is None:
        return Decimal(0), Decimal(0)
    a = match.group("a") or match.group("c") or match.group("e") or match.group("h") or "1"
    b = match.group("b") or match.group("d") or match.group("f") or match.group("g") or "1"
    if _given_first(match):
        a, b = b, a
    return _decimal(a) or Decimal(0), _decimal(b) or Decimal(0)


def _given_first(match: re.Match[str]) -> bool:
    """'2 Eligible Options for each New Option': what is given up is counted first."""
    return bool(match.group("a")) and GIVEN_UP.search(match.group(0)) is not None


def _ratio_per_one(text: str) -> Decimal | None:
    """What one tendered security brings under a ratio "one … for every two …"; None for a
    ratio printed "3.5 to 1"."""
    match = _PATTERNS[4][1].search(text)
    if match is None or match.group("e"):
        return None
    a, b = _ratio_terms(text)
    return a / b if b else None


def ratio_words(text: str) -> str:
    """'one New Option for every two Eligible Options' → 'one for two'."""
    match = _PATTERNS[4][1].search(text)
    if match is None or match.group("e"):
        return text  # "3.5 to 1" as printed
    a = match.group("a") or match.group("c") or match.group("h") or "one"
    b = match.group("b") or match.group("d") or match.group("g") or "one"
    if _given_first(match):
        a, b = b, a
    return f"{_spelled(a)} for {_spelled(b)}"


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


def _label(sentence: str, start: int, end: int, kind: str, preceding: str = "") -> tuple[str, bool]:
    """What the fact at [start, end) of the sentence measures, and whether the text said so;
    `preceding` is the text just before the fact, across sentence ends ("… 11:59 P.M. ON")."""
    before, after = sentence[:start], sentence[end:]
    clause = re.split(r"[,;:(]", before)[-1]
    if kind in ("date", "time") and re.search(r"expir|deadline", preceding or before, re.I):
        return "deadline", True
    bound = ""
    if _MINIMUM.search(before) or _OR_MORE.match(after):
        bound = "minimum "
    elif _MAXIMUM.search(before) or _OR_LESS.match(after):
        bound = "maximum "
    strict = _STRICT.search(before)
    core = re.sub(
        r"\b(?:at least|not less than|no less than|a minimum of|no more than|not more than|"
        r"up to|at most|a maximum of|less than|more than|greater than|fewer than)\s+$",
        "",
        clause,
        flags=re.I,
    )
    link = _LINK.search(core)
    words = link.group("np").split() if link else []
    while words and words[0].lower() not in _FUNCTION:
        if len(words) <= 5:
            break
        words = words[1:]
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in _FUNCTION - {"per"}:
            words = words[index + 1 :]
            break
    if words and 1 <= len(words) <= 5 and words[-1].lower() not in _NOT_NOUNS:
        capitals = not re.search(r"[a-z]", sentence)
        noun = " ".join(words).lower() if capitals else as_label(" ".join(words))
        if strict and not bound:
            return f"limit on the {noun}", True
        return bound + noun, True
    if kind == "count":
        counted = sentence[start:end].split()[-1]
        if re.search(r"day|week|month|year|hour", counted, re.I):
            return "period", False
        plural = counted if counted.lower().endswith("s") else counted + "s"
        plural = plural if plural[1:] != plural[1:].lower() else plural.lower()  # RSUs, shares
        return f"number of {plural}", False
    return bound + _GENERIC.get(kind, "figure"), False


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
            label, specific = _label(sentence, n.start - offset, n.end - offset, kind, preceding)
            row = ""
            old_shown, new_shown = _shown(kind, o.text), _shown(kind, n.text)
            if "\t" in sentence:  # a table cell: named by its column and its row
                label, row = _cell_names(new, sentence, n.start - offset, label)
                column = sentence.count("\t", 0, n.start - offset)
                if kind == "number" and _in_dollars(new, column):
                    old_shown, new_shown = f"${old_shown}", f"${new_shown}"
            if kind == "ratio":
                label, specific = "exchange ratio", True
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
    """A deadline's time and date changed in one sentence are one change: "5:00 p.m. on
    October 4, 2001" (it was "11:59 p.m. on September 27, 2001")."""
    times = [c for c in changes if c.kind == "time" and c.label == "deadline"]
    dates = [c for c in changes if c.kind == "date" and c.label == "deadline"]
    out = list(changes)
    for time in times:
        date = next((d for d in dates if d.sentence == time.sentence and d in out), None)
        if date is None:
            continue
        joined = FactChange(
            "deadline",
            f"{time.old} on {date.old}",
            f"{time.new} on {date.new}",
            "deadline",
            True,
            date.direction or time.direction,
            time.sentence,
        )
        out[out.index(time)] = joined
        out.remove(date)
    return out


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


def as_label(words: str) -> str:
    """Words as they read inside a sentence: a heading in capitals, or a capital that only
    opens the text or a title, in small letters; defined terms, acronyms and names as
    printed ("New RSUs", "Black-Scholes")."""
    if not re.search(r"[a-z]", words):
        return words.lower()
    tokens = words.split()
    title = all(t[:1].isupper() for t in tokens if t[:1].isalpha() and len(t) > 3)
    out = []
    for index, token in enumerate(tokens):
        plain = token[:1].isupper() and token[1:] == token[1:].lower() and "-" not in token
        if plain and (index == 0 or title):
            token = token.lower()
        out.append(token)
    return " ".join(out)


def _cell_names(table: str, row: str, position: int, label: str) -> tuple[str, str]:
    """The column heading (first row) over the cell at `position` of `row`, as the label when
    it is words, and the row's first cell."""
    column = row.count("\t", 0, position)
    cells = row.split("\t")
    heading = table.split("\n", 1)[0].split("\t")
    name = heading[column] if column < len(heading) else ""
    if name and heading != cells and not re.search(r"\d", name):
        label = as_label(name.split("(")[0].strip())
    named = cells[0].strip() if column > 0 else " ".join(row.split()[:4])
    return label, named


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
