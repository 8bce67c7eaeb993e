"""Which words a words item quotes: the change widened to whole words (word_bounds: never
inside a word, number or reference; dates, times and amounts whole), a number with what it
names or counts ("Section 14", "10 days"), and widened until the quoted words occur once in
the sentence they are cited in ("the offer to us")."""

from __future__ import annotations

import re
from collections.abc import Callable

from amendtool.core.diffing import Hunk, hunks
from amendtool.core.drafting.moments import moment_change
from amendtool.core.drafting.phrases import noun_after_article, whole_name
from amendtool.core.drafting.unique_quotes import unique, unique_anchor
from amendtool.core.drafting.word_bounds import (
    balanced,
    figure_start,
    figures,
    whole_tokens,
    whole_units,
)
from amendtool.core.locate import occurrences
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import ends_sentence_within

# a quotation of added words does not end with one of these when it can begin with it
_ROTATE = frozenset("the a an of to in on at by for with and or".split())
# a number, in figures or words, that names a place or counts something
_NUMBER = compiled(
    r"\d[\d,.]*(?:\([a-z0-9]+\))*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|forty-five|sixty|ninety",
    re.IGNORECASE,
)
# a number that names a place, with its letters and parenthesised parts: "27A(b)",
# "13e-4(d)(2)", "1004(a)(1)(xii)"
_REFERENCE = compiled(r"\d+[A-Za-z]?(?:[-.]\d+[A-Za-z]?)*(?:\([A-Za-z0-9]+\))*")
# a place by its number or its letter: "27A(b)", "D", "II" ("Section D", "Annex II")
_PLACE = compiled(rf"{_REFERENCE.pattern}|[A-Z](?:\([A-Za-z0-9]+\))*|[IVXL]{{1,6}}")
# what a number names when it follows one of these ("Section 14", "Rule 13e-4")
_NAMING = compiled(
    r"\b(Sections?|Items?|Rules?|Exhibits?|Schedules?|Annex|Articles?|pages?|paragraphs?|"
    r"clauses?|Questions?|Q|Suites?|Floors?|Rooms?|Box)\s+$"
)
# what a number counts when one of these follows it ("10 days", "20 business days")
_COUNTED = compiled(
    r"\s+(?:business\s+|calendar\s+|trading\s+)?(?:days?|weeks?|months?|years?|hours?)\b"
)
_YEAR = compiled(r"(?:19|20)\d\d")
_PLURAL = compiled(r"[a-z]+[^su]s")  # "shares", "options", "employees"; not "gross", "bonus"
# words that end what a number counts: function words, pronouns and auxiliaries
_NOT_COUNTED = frozenset(
    """
    a an and as at but by for from in into nor of on or per the to than that which who with
    i we you they he she it is are was were be been will shall may must can could should
    would has have had do does did not if when each every our your its their his her under
    """.split()
)


def changed_words(
    old: str, new: str, max_words: int, max_deleted: int | None = None
) -> tuple[str, str] | None:
    """The words changed (see _changed_words), balanced: a quotation mark they open or close
    alone ('"Options")', widened to be found once) is given back when the words are still
    found once and still say the change; else the sentence is cited instead (None)."""
    moment = moment_change(old, new)
    if moment is not None:
        return moment  # a date and time moved together: one phrase, however long
    words = _changed_words(old, new, max_words, max_deleted)
    if words is not None and any(ends_sentence_within(w) for w in words):
        return None  # '"500 shares. (Section 2)"' runs past a stop: the sentence reads better
    if words is None or all(balanced(w) and _paired(w) for w in words):
        return words
    trimmed = tuple(_trim_marks(w) for w in words)
    old_words, new_words = trimmed
    if (
        old_words
        and new_words
        and all(balanced(w) for w in trimmed)
        and occurrences(old_words, old) == 1
        and old.replace(old_words, new_words) == new
    ):
        return old_words, new_words
    # a bracket left open that cannot be trimmed away is quoted as it stands
    if all(balanced(w) for w in words):
        return words
    return quoted_whole(old, new, max_words)


_OPENING_MARKS, _CLOSING_MARKS = '"“', '"”'


def quoted_whole(old: str, new: str, max_words: int) -> tuple[str, str] | None:
    """A change inside a quotation (a defined name: the "Option Exchange Program" renamed
    the "Exchange Program") quoted as the whole name on both sides, so the item replaces
    the phrase, never the paragraph; None when the change is not inside one quotation."""
    lead, tail = shared_ends(old, new)
    opened = max(old.rfind(m, 0, lead) for m in _OPENING_MARKS)
    if opened < 0 or (old[opened] == '"' and old.count('"', 0, opened) % 2):
        return None  # the mark before the change closes a quotation: it is not inside one
    closing = '"' if old[opened] == '"' else "”"
    closed_old = old.find(closing, max(opened + 1, len(old) - tail - 1))
    closed_new = new.find(closing, opened + 1)
    if closed_old < 0 or closed_new < 0 or closed_new < len(new) - tail - 1:
        return None
    old_words, new_words = old[opened + 1 : closed_old], new[opened + 1 : closed_new]
    if any(m in w for m in _OPENING_MARKS + _CLOSING_MARKS for w in (old_words, new_words)):
        return None  # the change runs across quotations
    if not old_words.strip() or not new_words.strip():
        return None
    if len(old_words.split()) + len(new_words.split()) > max_words:
        return None
    if occurrences(old_words, old) != 1 or old.replace(old_words, new_words) != new:
        return None
    return old_words, new_words


def shared_ends(old: str, new: str) -> tuple[int, int]:
    """How many characters `old` and `new` share at the start, then at the end (apart from
    the start): by halving, each guess one comparison in C, not a step per character."""
    shorter = min(len(old), len(new))
    lead = _longest(shorter, lambda n: old[:n] == new[:n])
    return lead, _longest(shorter - lead, lambda n: old[len(old) - n :] == new[len(new) - n :])


def _longest(most: int, same: Callable[[int], bool]) -> int:
    """The longest length up to `most` that `same` holds for (it holds for every shorter)."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if same(middle) else (low, middle - 1)
    return low


def _paired(words: str) -> bool:
    """Whether every bracket `words` opens it also closes, and none it closes is opened
    before it: '"(the "Purchase Price""' quotes a bracket it leaves open."""
    depth = 0
    for char in words:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


_EDGE_MARKS = '"“”()'


def _trim_marks(words: str) -> str:
    """`words` without the quotation marks and brackets at its ends that nothing in it
    opens or closes."""
    if words.startswith("(") and words.count("(") > words.count(")"):
        words = words[1:].lstrip()  # '(the "Purchase Price"' is 'the "Purchase Price"'
    if words.endswith(")") and words.count(")") > words.count("("):
        words = words[:-1].rstrip()
    while words and words[-1] in _EDGE_MARKS and not balanced(words):
        words = words[:-1]
    while words and words[0] in _EDGE_MARKS and not balanced(words):
        words = words[1:]
    return words.strip()


def _changed_words(
    old: str, new: str, max_words: int, max_deleted: int | None = None
) -> tuple[str, str] | None:
    """One short change inside a sentence, widened to whole words on both sides; None when
    the sentence (or more) should be cited instead. A change may quote `max_words` words
    (old and new together); words only taken out, `max_deleted` (they are quoted alone:
    'deleting the words "…"' reads well however long, while a long insertion reads better
    with the sentence restated)."""
    changed = hunks(old, new)
    if not changed:
        return None
    if len(changed) == 1:
        changed = [_slide(changed[0], old)]
    first, last = changed[0], changed[-1]
    if len(old[first.end : last.start].split()) > 3 * (len(changed) - 1):
        return None  # separate changes in one sentence: cite the sentence
    start, end = first.start, last.end
    shift = sum(len(h.new) - len(h.old) for h in changed)  # new offsets after the change
    pure = len(changed) == 1 and (not first.old.strip() or not first.new.strip())
    if pure and not first.new.strip() and len(first.old.split()) <= (max_deleted or max_words):
        max_words = max(max_words, len(first.old.split()) + 2)
    anchor: tuple[str, int] | None = None  # which side of a pure change its anchor is on
    noun = noun_after_article(old, first.start, first.new) if pure and not first.old else None
    if noun:  # "the | expiration date": quoted as "the scheduled expiration date"
        start, end = noun
    elif pure:
        # a pure insertion or deletion: take in the word before (or after) it
        before = old[:start].rstrip()
        if before:
            start = len(before) - len(before.split()[-1])
            anchor = ("left", first.start)
        else:
            after_words = old[end:].split()
            if not after_words:
                return None
            end = old.index(after_words[0], end) + len(after_words[0])
            anchor = ("right", first.end)
    start, end = whole_tokens(old, start, end, first.start, last.end)
    before = old[:start].rstrip()
    new_start, new_end = start, end + shift
    starts_with_mark = not old[start:end].strip()[:1].isalnum() or not (
        new[new_start:new_end].strip()[:1].isalnum()
    )
    if starts_with_mark and before and not figure_start(old, start, new, new_start):
        # "final and binding" -> "final, binding …": quote from the word before the comma
        start = len(before) - len(before.split()[-1])
    start, end = whole_units(old, start, end)
    start, end = figures(old, new, start, end, shift)
    start, end = _counted(old, new, start, end, shift)
    start, end = whole_name(old, new, start, end, shift)
    old_words = old[start:end].strip()
    new_words = new[start : end + shift].strip()
    if not old_words or not new_words:
        return None
    if len(old_words.split()) + len(new_words.split()) > max_words:
        return None
    if anchor and (start, end) == (
        (start, first.end) if anchor[0] == "left" else (first.start, end)
    ):
        kept = unique_anchor(old, new, start, end, shift, anchor, max_words)
        if kept:
            return kept
    return unique(old, new, start, end, shift, max_words)


def _slide(hunk: Hunk, old: str) -> Hunk:
    """Words only added or taken out that end in ", " are the same change as ", " and the
    words before them: quoted so, they end with a word ("deleting the words ", or has been
    determined …"" rather than "… occurred,")."""
    piece = hunk.old or hunk.new
    if hunk.old and hunk.new:
        return hunk
    start = hunk.start
    while piece[-1:] in (",", " ", ";") and start > 0 and old[start - 1] == piece[-1]:
        piece = old[start - 1] + piece[:-1]
        start -= 1
    # "on the grant date" -> "on the first business day after the grant date": the words
    # added are "the first business day after", not "first business day after the"
    while True:
        last = re.search(r"(\S+)(\s*)$", piece)
        if not last or last.group(1).lower() not in _ROTATE or len(last.group(0)) == len(piece):
            break
        word = last.group(0)
        before = old[:start]
        if not before.endswith(word) or before[: -len(word)][-1:].isalnum():
            break
        piece = word + piece[: -len(word)]
        start -= len(word)
    if hunk.old:
        return Hunk(start, start + len(piece), piece, "")
    return Hunk(start, start, "", piece)


def _counted(old: str, new: str, start: int, end: int, shift: int) -> tuple[int, int]:
    """A number is quoted with what it names or counts: "Section 14", "10 days", "20
    business days" (a lone "14" or "10" says nothing a reader can find)."""
    old_words, new_words = old[start:end].strip(), new[start : end + shift].strip()
    if _PLACE.fullmatch(old_words) and _PLACE.fullmatch(new_words):
        named = _NAMING.search(old, 0, start)
        if named and named.end() == start:
            return named.start(1), end  # "Section 27A", "Rule 13e-4(d)(2)"
    if not (_NUMBER.fullmatch(old_words) and _NUMBER.fullmatch(new_words)):
        return start, end
    counted = _COUNTED.match(old, end)
    if counted and new[end + shift :].startswith(counted.group(0)):
        return start, counted.end()
    if _YEAR.fullmatch(old[start:end].strip()):
        return start, end  # "the 2018 Plan": a year names itself
    return start, _what_is_counted(old, new, end, shift)


def _what_is_counted(old: str, new: str, end: int, shift: int) -> int:
    """'2.5 eligible options', '1,840,000 Preferred Shares', '210 employees': the words
    after a bare number up to what it counts (at most three, the same on both sides), not
    the verb, adverb or preposition that follows ("… were held", "… properly tendered",
    "… of our subsidiary"); a plural noun is what it counts, and ends the quotation, so
    the same number is quoted the same way in every sentence. Where a word in "-ed" or
    "-ly" would cut the phrase short of what is counted ("eight equal quarterly
    installments"), the number is quoted alone, as counsel quote it ("eight")."""
    out = end
    for taken, word in enumerate(re.finditer(r"\s+([A-Za-z][\w'’-]*)([,;:.)]?)", old[end:])):
        bare = word.group(1).lower()
        if taken and bare.endswith(("ed", "ly")) and out > end:
            return end  # "eight equal quarterly installments": cut inside what it counts
        if taken == 3 or bare in _NOT_COUNTED or (taken and bare.endswith(("ed", "ly"))):
            break
        if (
            word.start() != out - end
            or new[out + shift : end + shift + word.end(1)] != (old[out : end + word.end(1)])
        ):
            break
        out = end + word.end(1)
        if word.group(2) or _PLURAL.fullmatch(bare):
            break  # the phrase ends at a comma, the sentence's stop or what is counted
    return out
