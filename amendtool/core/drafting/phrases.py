"""The phrase a short change belongs to, quoted whole as counsel quote it: a word changed
inside a name takes in the name ("Nasdaq National Market" → "Nasdaq Global Select Market"),
and a word put in after an article takes in the noun it qualifies ("the expiration date" →
"the scheduled expiration date", never 'inserting "scheduled" after "after the"')."""

from __future__ import annotations

import re
import unicodedata

from amendtool.core.pattern_store import compiled

_DETERMINERS = frozenset("the a an our your its their such each any this that".split())
# words a noun phrase ends before: prepositions, conjunctions, verbs of being, relatives
_PHRASE_ENDS = frozenset(
    """of to in on at by for with from as and or nor but than that which who whom whose is
    are was were be been will may shall would should must can could has have had""".split()
)
# a word of a name in title case ("Nasdaq", "Select"): a line in capitals is no name
_NAME_WORD = compiled(r"[A-Z][a-z][\w&.'’-]*")
_MOST_NOUN_WORDS = 3
_MOST_NAME_WORDS = 6


def whole_name(old: str, new: str, start: int, end: int, shift: int) -> tuple[int, int]:
    """[start, end) widened over the capitalised words around it when the words changed on
    both sides are capitalised: the whole name is quoted, not a word inside it."""
    changed = (old[start:end].split(), new[start : end + shift].split())
    if not all(words and all(_NAME_WORD.fullmatch(w) for w in words) for words in changed):
        return start, end
    if len(changed[0]) == len(changed[1]) and _letters(changed[0]) == _letters(changed[1]):
        return start, end  # the same words but for an accent ("Renée" → "Renee")
    first, last = start, end
    for _ in range(_MOST_NAME_WORDS):
        before = re.search(r"(\S+)\s+$", old[:first])
        if not before or not _name_word(before.group(1), old[: before.start()]):
            break
        first = before.start(1)
    for _ in range(_MOST_NAME_WORDS):
        after = re.match(r"\s+([^\s,;:.()]+)", old[last:])
        if not after or not _NAME_WORD.fullmatch(after.group(1)):
            break
        last += after.end(1)
    return first, last


def _letters(words: list[str]) -> str:
    decomposed = unicodedata.normalize("NFKD", " ".join(words))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _name_word(word: str, before: str) -> bool:
    """A capitalised word of a name, not the capital opening a sentence or an article."""
    if not _NAME_WORD.fullmatch(word) or word.lower() in _DETERMINERS:
        return False
    opens = not before.strip() or before.rstrip().endswith((".", ":", ";", "?", "!"))
    return not opens


def noun_after_article(old: str, position: int, inserted: str) -> tuple[int, int] | None:
    """For words put in at `position` right after an article ("the | expiration date"): the
    span from the article to the end of the noun after the insertion, quoted as a
    replacement; None when the insertion is no modifier of a noun there."""
    if not inserted.strip() or len(inserted.split()) > 2 or not inserted.strip()[0].islower():
        return None
    before = re.search(r"(\S+)\s*$", old[:position])
    if not before or before.group(1).lower() not in _DETERMINERS:
        return None
    end, count = position, 0
    while count < _MOST_NOUN_WORDS:
        word = re.match(r"\s*([A-Za-z][\w'’-]*)", old[end:])
        if not word or word.group(1).lower() in _PHRASE_ENDS | _DETERMINERS:
            break
        end += word.end()
        count += 1
        if not old[end : end + 1].isspace():
            break  # punctuation ends the phrase
    if not count:
        return None
    return before.start(1), end
