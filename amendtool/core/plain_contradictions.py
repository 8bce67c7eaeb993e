"""Counsel's plain paragraph read against the facts of its change.

Counsel rewrites the tool's "is now … (it was …)" sentences in their own words; a slip there
tells employees the wrong price or date in the one document written for them. Each figure the
paragraph states is read for the role it plays (stated as the new value, as the old one —
"up from $3.10", "it was", "from … to …" — or neither) and compared with the change's old and
new figures by that role, never as a bag of numbers: the old value said as the new one, the
new said as the old, or the change told the wrong way round is an error, and so is a value
neither text (nor the offer) states where the change has a figure of the same kind (a
$11.00 condition for a $12.00 one); another value neither text states is named as a warning
(by `check` and under the Plain tab's editor). Lengths of time are figures too, in words or
digits, and a vesting schedule is its length (plain_contradiction_periods.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from amendtool.core.facts import Fact, changed_facts, extract, extract_placed
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_contradiction_periods import PERIOD, as_periods
from amendtool.core.plain_figure_keys import COUNTED as _COUNTED
from amendtool.core.plain_figure_keys import figure_keys as _key
from amendtool.core.plain_figure_keys import figure_kind as _kind
from amendtool.core.plain_figure_keys import figure_values as _values
from amendtool.core.plain_figure_keys import misplaced_figure
from amendtool.core.plain_figure_keys import shown_figures as _shown
from amendtool.core.segment import sentences

# the figures a plain paragraph states that the change's own figures decide
_KINDS = frozenset({"money", "percent", "ratio", "date", "count", "time", PERIOD})
# words that put a value in the past: "It was $20.00", "(previously $20.00)", "up from $3.10"
_PAST = compiled(
    # the reader's own past ("if you were a holder of record", "holders who held") is no old
    # value of the change
    r"\b(?<!you )(?<!who )(?:was|were|had been|held|previously|formerly|used to(?: be)?"
    r"|earlier|old|(?:up|down) from"
    # a value told as taken out: "We dropped the condition … fell more than 10%"
    r"|dropped|removed|deleted|eliminated|waived|took out|taken out)\b"
    r"|\b(?:not|no longer|instead of|rather than|replac\w*)(?:\W+(?:the|a|an))?\W*$",
    re.IGNORECASE,
)  # "not", "instead of" … only right before the figure ("not $3.10", never "have not paid by")
# words that make the value after them the one now in force: "is now $17.50", "to $17.50"
_NOW = compiled(r"\b(?:now|is|are|will be|becomes?|new|to)\b", re.IGNORECASE)
_FROM = compiled(r"\bfrom\W*$", re.IGNORECASE)
_TO = compiled(r"^\W*to\W*$", re.IGNORECASE)
OLD, NEW, ANY = "old", "new", ""


class Problem(NamedTuple):
    """One thing the paragraph states against its change; `wrong`: a figure in the wrong
    role (an error), else a figure the change does not contain (a warning)."""

    text: str
    wrong: bool


class Rows(NamedTuple):
    """A table's changes read row by row (plain_row_changes.py), for a paragraph on it:
    each figure beside the one that replaced it in its own row; how a message says them;
    and the figures, as the paragraph prints them, of the pairs it states that the row
    check (plain_row_pairs.py) judges whole."""

    pairs: tuple[tuple[Fact, Fact], ...]
    shown: str
    judged: frozenset[str] = frozenset()


def contradictions(
    old: str, new: str, paragraph: str, known: str = "", offer: Sequence[str] = ()
) -> list[str]:
    """What the paragraph states against the change from `old` to `new`, one line each
    ("states $20.00, the value before this change, as if it were the new one …"). `known`:
    text whose figures the paragraph may state too (the offer's deadline); `offer`: the
    offer's paragraphs, whose figures are no stray values either."""
    return [p.text for p in problems(old, new, paragraph, known, offer)]


def problems(
    old: str,
    new: str,
    paragraph: str,
    known: str = "",
    offer: Sequence[str] = (),
    rows: Rows | None = None,
) -> list[Problem]:
    """`contradictions`, each with whether it is a figure in the wrong role. `rows`: the
    change of a table, read row by row (an old figure of one row may be another's new)."""
    if rows is None:
        removed, added = changed_facts(without_index_names(old), without_index_names(new))
    else:
        removed, added = [o for o, _ in rows.pairs], [n for _, n in rows.pairs]
    removed = [f for f in as_periods(removed) if f.kind in _KINDS | _COUNTED]
    added = [f for f in as_periods(added) if f.kind in _KINDS | _COUNTED]
    was, now = _values(removed), _values(added)
    stated = _values(as_periods(extract(old) + extract(new) + extract(known)))
    kinds = {_kind(f) for f in removed + added}  # a stray figure of these kinds is wrong
    found: list[Problem] = []
    keys = {k for f in extract(without_index_names(paragraph)) for k in _key(f)}
    for sentence in sentences(without_index_names(paragraph)):
        placed = _roles(sentence, was, now)
        judged = [(f, r) for f, r in placed if rows is None or f.text not in rows.judged]
        said = _wrong_roles(judged, was, now, removed, added, sentence)
        for fact, role in placed:
            stray = fact.kind in _KINDS and not _key(fact) & (stated | was | now)
            stray = stray and (rows is None or fact.text not in rows.judged)  # said there
            if stray and _in(offer, fact):  # another figure of the offer, unless said as the
                misplaced = misplaced_figure(fact, role == OLD, removed, added, keys)  # change's
                said += [Problem(misplaced, True)] if misplaced else []
            elif stray:
                change = (
                    f"the rows change {rows.shown}"
                    if rows is not None and rows.shown
                    else f"the change is {_shown(removed)} to {_shown(added)}"
                    if removed or added
                    else "the change states no figure"
                )
                text = f"states {fact.text}, which neither the old text nor the new one states"
                said.append(Problem(f"{text} ({change})", _kind(fact) in kinds))
        found += [p for p in said if p not in found]
    return found


# a market index named by its number ("S&P 500", "Russell 2000", "Nasdaq-100"): no figure
_INDEX_NAME = compiled(r"\b(S&P|Russell|Nasdaq|NYSE|FTSE|Wilshire)(\s?-?\s?)\d{2,4}\b", re.I)


def without_index_names(text: str) -> str:
    """`text` with an index's number spelled as no figure ("S&P 500" → "S&P index")."""
    return _INDEX_NAME.sub(lambda m: f"{m.group(1)} index", text)


def _in(offer: Sequence[str], fact: Fact) -> bool:
    """A paragraph of the offer states `fact` (read only for a figure the change does not)."""
    return any(_key(fact) & _values(as_periods(extract(text))) for text in offer)


def _wrong_roles(
    placed: list[tuple[Fact, str]],
    was: set[tuple[str, str]],
    now: set[tuple[str, str]],
    removed: list[Fact],
    added: list[Fact],
    sentence: str,
) -> list[Problem]:
    """Old values said as new and new values said as old in one sentence; both of one kind
    are one change told the wrong way round."""
    # a change that takes out no figure of a kind has no old value of it to mistake
    taken = {_kind(f) for f in removed}
    as_old = [
        f
        for f, role in placed
        if role == OLD and _key(f) & now and not _key(f) & was and _kind(f) in taken
    ]
    new_said = any(_key(f) & now for f, role in placed if role != OLD)
    as_new = [
        f
        for f, role in placed
        if _key(f) & was
        and not _key(f) & now
        and (role == NEW or (role == ANY and (as_old or not (new_said or _PAST.search(sentence)))))
    ]
    found = []
    for stale in as_new:
        turned = next((f for f in as_old if _kind(f) == _kind(stale)), None)
        if turned is not None:
            as_old.remove(turned)
            text = (
                f"states the change the wrong way round: {stale.text} as the new value and "
                f"{turned.text} as the old one (the change is {stale.text} to {turned.text})"
            )
        else:
            text = (
                f"states {stale.text}, the value before this change, as if it were the new "
                f"one (the change makes it {_shown(_alike(added, stale))})"
            )
        found.append(Problem(text, True))
    for fresh in as_old:
        text = (
            f"states {fresh.text}, the value this change gives, as if it were the old one "
            f"(the change is {_shown(_alike(removed, fresh))} to {_shown(_alike(added, fresh))})"
        )
        found.append(Problem(text, True))
    return found


def _roles(
    sentence: str, was: set[tuple[str, str]], now: set[tuple[str, str]]
) -> list[tuple[Fact, str]]:
    """Each figure of the sentence with the role the words before it give it: the last of
    "was …"/"up from …" (old) or "is now …"/"to …" (new) since the figure before; "from X
    to Y" makes X old, unless X and Y are both values the change gives, or both values it
    takes away: then they are the ends of a range ("a new row for options priced from
    $12.00 to $14.99"), and neither has a role. A bare number counts only where it is one of
    the change's figures."""
    changed = was | now
    masked, read = extract_placed(sentence)
    placed = [
        (span, f)
        for span, f in ((span, as_periods([f])[-1]) for span, f in read)
        if f.kind in _KINDS or (f.kind in _COUNTED and _key(f) & changed)
    ]
    out: list[tuple[Fact, str]] = []
    ranged: set[int] = set()  # figures that end a range "from X to Y"
    last = 0
    for index, ((start, end), fact) in enumerate(placed):
        lead = masked[last:start]
        last = end
        marks = [(m.start(), OLD) for m in _PAST.finditer(lead)]
        marks += [(m.start(), NEW) for m in _NOW.finditer(lead)]
        role = max(marks)[1] if marks else ANY
        if index in ranged:
            role = ANY  # the far end of a range
        elif _FROM.search(lead) and role != OLD:
            role = OLD if _to_follows(masked, placed, index) else ANY
            if role == OLD and _one_side(fact, placed[index + 1][1], was, now):
                role = ANY
                ranged.add(index + 1)
        out.append((fact, role))
    return out


def _one_side(
    first: Fact, second: Fact, was: set[tuple[str, str]], now: set[tuple[str, str]]
) -> bool:
    """Both figures are values the change gives, or both values it takes away."""
    keys = _key(first) | _key(second)
    given = bool(_key(first) & now and _key(second) & now and not keys & was)
    taken = bool(_key(first) & was and _key(second) & was and not keys & now)
    return given or taken


def _to_follows(masked: str, placed: list[tuple[tuple[int, int], Fact]], index: int) -> bool:
    """ "from X to Y": the next figure is of X's kind and only "to" stands between them."""
    if index + 1 >= len(placed):
        return False
    (_, end), fact = placed[index]
    (start, _), after = placed[index + 1]
    return _kind(after) == _kind(fact) and bool(_TO.match(masked[end:start]))


def _alike(facts: list[Fact], fact: Fact) -> list[Fact]:
    """The change's figures of `fact`'s kind (its price, not also its amount sought)."""
    return [f for f in facts if _kind(f) == _kind(fact)] or facts


def said_as_past(paragraph: str, printed: str) -> bool:
    """Whether a sentence of `paragraph` printing `printed` tells a value of the past ("It
    was $29.00", "up from $29.00", "we dropped the $29.00 floor")."""
    return any(printed in s and _PAST.search(s) for s in sentences(paragraph))
