"""What a changed fact measures, for the plain notice: "minimum exercise price per share",
"grant date", a table's column heading; read from the words before the fact, from the
verb of its sentence (the firm's list in resources/plain/meanings.toml), or from its table.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from amendtool.core.facts import extract
from amendtool.resources import resource_path

_MINIMUM = re.compile(
    r"\b(?:at least|not less than|no less than|a minimum of|equal to or greater than)\s+$", re.I
)
_MAXIMUM = re.compile(r"\b(?:no more than|not more than|up to|at most|a maximum of)\s+$", re.I)
_STRICT = re.compile(r"\b(?:less than|more than|greater than|fewer than|below|above)\s+$", re.I)
_OR_MORE = re.compile(r"^\s*(?:or (?:more|higher|greater|above))\b", re.I)
_OR_LESS = re.compile(r"^\s*(?:or (?:less|lower|fewer|below))\b", re.I)
_LINK = re.compile(
    r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){1,8}?)(?:of|is|are|was|will be|equal to|equals|at)"
    r"(?:\s+(?:approximately|about|roughly))?\s+$",
    re.I,  # a cover's title in capitals: "AT A PURCHASE PRICE OF $23.25"
)
_FUNCTION = frozenset(
    """a an the that which who whose have has had having with its our your their any each all
    and or for in on is are was were will be must may can to than of by from as at this these
    those such if whether not no new old we you they it per""".split()
)
_AUXILIARIES = frozenset("will would shall should must may might can could to do does did".split())
# after a form of "be" comes what a thing is or does ("offices are located at"), not its name
_COPULAS = frozenset("is are was were be been".split())
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


def only_its_kind(label: str) -> bool:
    """Whether a label says no more than the kind of figure ("time", "maximum percentage",
    "period"); "number of shares" says what it counts."""
    for bound in ("minimum ", "maximum "):
        label = label.removeprefix(bound)
    if re.fullmatch(r"number of [\w-]+", label):
        return True  # "number of shares": of which shares? (bought, covered, issued …)
    return label in _GENERIC.values() or label in ("period", "figure")


def bound_of(sentence: str, start: int, end: int) -> str:
    """'minimum ' for a figure "at least" or "or more", 'maximum ' for one "up to" or "or
    less"; '' for one stated exactly."""
    before, after = sentence[:start], sentence[end:]
    if _MINIMUM.search(before) or _OR_MORE.match(after):
        return "minimum "
    if _MAXIMUM.search(before) or _OR_LESS.match(after):
        return "maximum "
    return ""


def fact_label(
    sentence: str, start: int, end: int, kind: str, preceding: str = ""
) -> tuple[str, bool]:
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
            # after "will", "must", "to" … comes a verb ("will close at"), not what is measured
            closes = words[index].lower() in _AUXILIARIES | _COPULAS
            words = [] if closes else words[index + 1 :]
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
        if not re.search(r"[a-z]", sentence):
            plural = plural.lower()  # a heading in capitals ("UP TO 1,500,000 SHARES")
        return f"number of {plural}", False
    return bound + _GENERIC.get(kind, "figure"), False


# the opening of a clause that says what a figure is by who does what with it: "we will pay
# you", "each tendering holder will receive", "the offer website will close"
_CLAUSE_OPENERS = frozenset(
    """we you each every the our your its their holders employees eligible any all this
    tendering participating""".split()
)
_LEADING = re.compile(r"^(?:(?:and|but|or|then|so)\s+|\(?[a-z]{1,4}\)\s+)", re.I)  # "(c) "
# a figure the offer defines: "$1,055 in cash (the "Tender Offer Consideration")"
_DEFINED = re.compile(r"^[^.;:()]{0,40}?\(the\s+[\"“]([^\"”]{3,60})[\"”]\)")
_LAST_PREPOSITION = re.compile(
    r"\s+(at|on|by|before|after|until|for|to|in|over|within|during|below|above|under|beyond)"
    r"\s*$",
    re.I,
)
# "the date by which …", "the period over which …": the clause said after its preposition
# "the amount below which …"
_RELATIVE_PREPOSITIONS: tuple[str, ...] = ("by", "before", "after", "until", "for", "over")
_RELATIVE_PREPOSITIONS += ("within", "during", "below", "above", "under", "beyond")
# a bound ends a clause before its figure ("extend the offer for at least"): it is said as
# "minimum" or "maximum" before the name, never inside it
_TRAILING_BOUND = re.compile(
    r"\s+(?:at least|not less than|no less than|a minimum of|up to|no more than|not more than|"
    r"at most|a maximum of|approximately|about)\s*$",
    re.I,
)
_OF_PHRASE = re.compile(r"^\s*of\s+")
_PHRASE_NOUNS = {"money": "amount", "time": "time", "date": "date", "percent": "percentage"}
_PHRASE_NOUNS |= {"number": "number", "count": "period"}
_LEADING_PREPOSITIONS = frozenset("within for during after before until by in".split())
# where a clause stops naming ("a notice confirming which …", "the options that …")
_NAME_ENDS = frozenset("which that who whom whose if unless when because where while".split())
_PERIOD = re.compile(r"\b(?:day|week|month|year|hour)s?\b", re.I)
# a percentage someone holds ("Harlow Partners, L.P. holds 18% of our common stock") is not
# named by what it is of alone: that would read as a term of the offer
_HOLDS = re.compile(r"\b(?:holds?|held|owns?|owned|controls?|controlled)\b", re.I)
_LONGEST_CLAUSE = 8  # words: a longer one is a sentence, not a name


def _main_clause(noun: str, preposition: str, after: str) -> str | None:
    """'the period within which we will send you a notice', from "Within two business days
    after the expiration date, we will send you a notice confirming …"."""
    parts = re.split(r"[,;:]", after, maxsplit=1)
    if len(parts) < 2:
        return None
    kept: list[str] = []
    for word in re.split(r"[.;:(]", parts[1])[0].split():
        if word.lower() in _NAME_ENDS or (word.endswith("ing") and len(word) > 5):
            break
        kept.append(word)
    if not 2 <= len(kept) <= _LONGEST_CLAUSE or kept[0].lower() not in _CLAUSE_OPENERS:
        return None
    return f"{noun} {preposition} which {as_label(' '.join(kept))}"


def noun_phrase(sentence: str, start: int, end: int, kind: str) -> str | None:
    """What a figure the firm's list does not name is, from the nearest words of its
    sentence that say it: "the percentage of the options" (after it), "the amount we will pay
    you", "the date by which you must deliver your election" (the clause before it); None
    when they do not (then counsel names it)."""
    noun = _PHRASE_NOUNS.get(kind)
    if noun is None or (kind == "count" and not _PERIOD.search(sentence[start:end])):
        return None  # "285 shares" is named by what it counts
    defined = _DEFINED.match(sentence[end:])
    if defined:
        return defined.group(1)
    if kind == "number":
        return None  # a bare number is no "number we …": only a noun of its own names it
    after = _OF_PHRASE.match(sentence[end:])
    held = _HOLDS.search(re.split(r"[;:(]|\.\s", sentence[:start])[-1])
    if after and kind == "percent" and not held:  # "25% of the options are held …"
        kept: list[str] = []
        for word in re.split(r"\s+", re.split(r"[.,;:()]", sentence[end + after.end() :])[0]):
            if not word or (kept and word.lower() in _FUNCTION) or len(kept) == 4:
                break
            kept.append(word)
        if kept and kept[-1].lower() not in _FUNCTION:
            return f"{noun} of {as_label(' '.join(kept))}"
    clause = _LEADING.sub("", re.split(r"[,;:(]", sentence[:start])[-1].strip())
    clause = _TRAILING_BOUND.sub("", " " + clause).strip()
    if clause.lower() in _LEADING_PREPOSITIONS:  # "Within two business days …, we will …"
        return _main_clause(noun, clause.lower(), sentence[end:])
    preposition = _LAST_PREPOSITION.search(" " + clause)
    core = clause[: preposition.start() - 1].strip() if preposition else clause
    words = core.split()
    if not 2 <= len(words) <= _LONGEST_CLAUSE or words[0].lower() not in _CLAUSE_OPENERS:
        return None
    said = as_label(core)
    if preposition and preposition.group(1).lower() in _RELATIVE_PREPOSITIONS:
        return f"{noun} {preposition.group(1).lower()} which {said}"
    return f"{noun} {said}"


@cache
def _names() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    data = tomllib.loads(resource_path("plain", "meanings.toml").read_text(encoding="utf-8"))
    return tuple(
        (
            str(rule["kind"]),
            re.compile(r"\b(?:" + "|".join(map(re.escape, rule["words"])) + r")\b", re.I),
            str(rule["label"]),
        )
        for rule in data.get("name", [])
    )


_CLAUSE_END = re.compile(
    r"[,;:.()]|\b(?:if|unless|when|whether|because|provided|so long as|until|and|or|but|"
    r"which|who|that)\b",
    re.I,
)


def named(
    kind: str, sentence: str, start: int = 0, end: int | None = None, counted: str = ""
) -> tuple[str, bool] | None:
    """What a date or an amount at [start, end) measures, from the verb of its own clause
    (the firm's list, resources/plain/meanings.toml [[name]]): the words nearest before it,
    or after it before its clause ends ("… on June 5 if we accept them for payment" is not
    a payment date); None when its clause names none. `counted`: what a count counts
    ("shares"), for the list's "{counted}"."""
    end = len(sentence) if end is None else end
    before = sentence[:start]
    after = sentence[end:]
    cut = _CLAUSE_END.search(after)
    after = after[: cut.start()] if cut else after
    best: tuple[int, str] | None = None
    for rule_kind, words, label in _names():
        if rule_kind != kind:
            continue
        distances = [len(before) - m.end() for m in words.finditer(before)]
        distances += [m.start() for m in words.finditer(after)]
        if distances and (best is None or min(distances) < best[0]):
            best = min(distances), label
    return (best[1].replace("{counted}", counted), True) if best else None


def tied_time(sentence: str, date: str) -> str | None:
    """The time printed just before the date, tied to it ("after 12:00 midnight, Eastern
    Time, on November 2"), as the notice prints it; None when the date stands alone."""
    folded = " ".join(sentence.split())
    at = folded.find(date)
    times = [f.text for f in extract(folded[: max(at, 0)]) if f.kind == "time"]
    if at < 0 or not times:
        return None
    gap = folded[folded.rfind(times[-1], 0, at) + len(times[-1]) : at]
    tied = re.fullmatch(r"[\s,]*(?:[A-Z][a-z]+ (?:Daylight |Standard )?Time[\s,]*)?(?:on\s*)?", gap)
    return " ".join(times[-1].split()).lower() if tied else None


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


_NOTE_MARK = re.compile(r"\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|[*†‡]+)\s*$")


def cell_names(table: str, row: str, position: int, label: str) -> tuple[str, str, str]:
    """The column heading (first row) over the cell at `position` of `row`, as the label when
    it is words; the row's first cell; and the heading as printed."""
    column = row.count("\t", 0, position)
    cells = row.split("\t")
    heading = table.split("\n", 1)[0].split("\t")
    name = heading[column] if column < len(heading) else ""
    name = _NOTE_MARK.sub("", name)  # "CASH PAYMENT PER SHARE(1)": the heading, not its note
    quoted = ""
    if name and heading != cells and not re.search(r"\d", name):
        label = as_label(name.split("(")[0].strip())
        quoted = " ".join(name.split())
    named = cells[0].strip() if column > 0 else " ".join(row.split()[:4])
    return label, named, quoted


def opens_with_a_defined_term(heading: str) -> bool:
    """Whether a heading opens with a defined term ("Eligible Options for each New RSU"):
    read as a label, its first capital would be lowered and the term lost."""
    tokens = heading.split()
    if len(tokens) < 2 or not re.search(r"[a-z]", heading):
        return False
    title = all(t[:1].isupper() for t in tokens if t[:1].isalpha() and len(t) > 3)
    return not title and tokens[0][:1].isupper() and tokens[1][:1].isupper()
