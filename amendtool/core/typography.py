"""The comparison rule for text: what counts as the same words (documented in the README)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from amendtool.core.pattern_store import compiled
from amendtool.core.text_cache import EVERY_PARAGRAPH, bounded_cache

_SPACE = compiled(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "\u00a0": " "})


_STRAIGHTENED = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def straight_quotes(text: str) -> str:
    """Straight quotation marks and apostrophes for curly ones: counsel's house style of
    straight marks holds for every word written, the wording's own marks too."""
    return text.translate(_STRAIGHTENED)


def collapse_spaces(text: str) -> str:
    """Runs of white space (tabs, line breaks, non-breaking spaces) become one space."""
    if _collapsed(text):
        return text  # most paragraphs: split and joined, they come back as they were
    return " ".join(text.split())


def _collapsed(text: str) -> bool:
    """No white space but single spaces between words: a scan of the text in C, where the
    split makes an object of every word. Every white space character but the space is
    unprintable, so `isprintable` settles text beyond ASCII; ASCII (told at once) is
    searched for its few white space characters, which is quicker still."""
    if text[:1] == " " or text[-1:] == " " or "  " in text:
        return False
    if not text.isascii():
        return text.isprintable()
    # the white space `str.split` splits at below U+0080, apart from the space itself
    return not (
        "\t" in text
        or "\n" in text
        or "\r" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or "\x1f" in text
    )


# Paragraph-sized texts are cached: each re-draft while counsel types compares the same
# thousands of paragraphs again. Longer texts (whole sections) are not, so a long session
# cannot fill memory with them.
CACHED_CHARS = 8000


def fold_typography(text: str) -> str:
    """Straight and curly quotes are the same character; spacing is collapsed."""
    if len(text) > CACHED_CHARS:
        return _fold(text)
    return _cached_fold(text)


def _fold(text: str) -> str:
    return collapse_spaces(text.translate(_QUOTES))


_cached_fold = bounded_cache(EVERY_PARAGRAPH)(_fold)


def clear_caches() -> None:
    """For benchmarks that measure a first, cold draft."""
    _cached_fold.cache_clear()


# A full stop written after a word that already ends in one ("5:00 p.m." + ".", "Inc." + "."):
# not after a stop that is part of an ellipsis, and not before a closing quotation mark.
_DOUBLED_STOP = compiled(r"(?<=\w\.)\.(?![.\w\"”’'])")


def single_stops(text: str) -> str:
    """One full stop where a sentence ends with an abbreviation ("at 5:00 p.m.", "Acme,
    Inc.", "the U.S."): the sentence's own stop is the abbreviation's, as style guides set it."""
    return _DOUBLED_STOP.sub("", text) if ".." in text else text


def fold_heading(text: str) -> str:
    """Headings are also the same without regard to capitals or a final stop: "7. CONDITIONS
    OF THE OFFER." in EDGAR text is "7. Conditions of the Offer" in Word."""
    return fold_typography(text).rstrip(" .:;").casefold()


_OPENS_AFTER = " \t\n([{\u2014\u2013/"


_STRAIGHT = compiled("[\"']")


# A single mark at the start of a word that stands for what was left out is an apostrophe,
# not an opening quotation mark: a decade or year ("the '90s", "class of '08"), or a short
# word's lost letters ("'em", "'til", "'tis", "rock 'n' roll").
_ELIDED = compiled(r"'(?:\d\d(?=s\b|[\s,.;:!?)\]’”]|$)|(?:em|til|tis|twas|n)(?![A-Za-z]))", re.I)


def curly_quotes(text: str) -> str:
    """Typographer's quotation marks, as Word would set them: a mark at the start or after a
    space or opening bracket opens, any other closes; an apostrophe is a closing single,
    also where it begins a word by standing for left-out letters or digits."""
    if '"' not in text and "'" not in text:
        return text
    return _curled(text)


# kept: the notice's paragraphs are set in the employee notice and again in the filing's
# exhibit, the items' texts in the filing and its conformed copy
@bounded_cache(EVERY_PARAGRAPH)
def _curled(text: str) -> str:
    elided = {m.start() for m in _ELIDED.finditer(text)}
    opened: set[int] = set()  # where a mark opened: one right after it opens too ("‘Offer’")

    def curl(match: re.Match[str]) -> str:
        index = match.start()
        before = text[index - 1] if index else " "
        after_opening = index - 1 in opened or before in "“‘"
        opening = (before in _OPENS_AFTER or after_opening) and index not in elided
        pair = "“”" if match.group(0) == '"' else "‘’"
        if opening:
            opened.add(index)
        return pair[0] if opening else pair[1]

    return _STRAIGHT.sub(curl, text)


_DOUBLE = frozenset('"“”')
_DOUBLE_MARK = compiled('["“”]')


def inner_quotes(text: str, depth: int = 0) -> str:
    """A quotation inside a quotation in single marks, as house style sets it: the offer's
    '(the "Purchase Price")' quoted in the filing reads "… (the ‘Purchase Price’)." (two
    pairs of double marks read as two quotations). `depth` is how many quotations `text`
    already stands in (a later paragraph of a quotation over several paragraphs). Marks
    that do not pair up (a quotation the offer leaves open) are left as written."""
    if '"' not in text and "“" not in text and "”" not in text:
        return text
    pieces: list[str] = []  # the text up to each mark set in single marks, and that mark
    written = 0  # how much of `text` `pieces` holds
    opened_at = -2  # where the last opening mark stood: a mark right after it opens too
    for match in _DOUBLE_MARK.finditer(text):  # mark to mark, not character by character
        index = match.start()
        char = text[index]
        before = text[index - 1] if index else " "
        opening = char == "“" or (
            char == '"' and (before in _OPENS_AFTER or opened_at == index - 1)
        )
        if opening:
            depth += 1
            opened_at = index
            if depth >= 2:
                pieces += (text[written:index], "‘" if char == "“" else "'")
                written = index + 1
            continue
        if depth == 0:
            return text
        if depth >= 2:
            pieces += (text[written:index], "’" if char == "”" else "'")
            written = index + 1
        depth -= 1
    if depth > 1 or not pieces:
        return text
    pieces.append(text[written:])
    return "".join(pieces)


def whole_quotation(text: str) -> bool:
    """`text` is one quotation in its own double marks, opened by its first character and
    closed by its last ("“No option may be exercised …”"), as a plan's words set in are:
    quoted again it would read '"'No option …'"', so it is restated in its own marks."""
    text = text.strip()
    if len(text) < 2 or text[0] not in '“"' or text[-1] not in '”"':
        return False
    depth = 0
    for index, char in enumerate(text):
        if char not in _DOUBLE:
            continue
        before = text[index - 1] if index else " "
        if char == "“" or (char == '"' and (before in _OPENS_AFTER or index == 0)):
            depth += 1
        else:
            depth -= 1
            if depth == 0 and index < len(text) - 1:
                return False  # the first quotation closes before the text ends
            if depth < 0:
                return False
    return depth == 0


def unclosed_quotation(text: str) -> int | None:
    """Where the first double quotation `text` opens and never closes begins (the index of
    its opening mark), or None: the opening words of a paragraph cut at a word count may
    stop inside a quotation ('the term "expiration'), which quoted again would leave the
    outer quotation unclosed."""
    opened: list[int] = []
    for index, char in enumerate(text):
        if char not in _DOUBLE:
            continue
        before = text[index - 1] if index else " "
        if char == "“" or (char == '"' and before in _OPENS_AFTER):
            opened.append(index)
        elif opened:
            opened.pop()
    return opened[0] if opened else None


@dataclass(frozen=True)
class AccentChange:
    """An accent put on or taken off one letter: 'an acute accent' on the second "e"."""

    accent: str  # the Unicode name of the mark: "acute", "grave", "diaeresis", "cedilla" …
    letter: str  # the plain letter it stands on
    among: int  # which of the word's letters so spelt (1-based), 0 when it is the only one
    added: bool


def accent_changes(old: str, new: str) -> list[AccentChange]:
    """How `new` differs from `old` when they differ only in accents ("Boise" and "Boisé"),
    letter by letter; empty when they differ otherwise. EDGAR ASCII spells both alike, so
    the filing says the difference in words."""
    old, new = unicodedata.normalize("NFC", old), unicodedata.normalize("NFC", new)
    if old == new or len(old) != len(new):
        return []
    plain_old, plain_new = _plain_letters(old), _plain_letters(new)
    if plain_old != plain_new:
        return []
    out = []
    for index, (before, after) in enumerate(zip(old, new, strict=True)):
        if before == after:
            continue
        added = after != plain_new[index]
        marked = after if added else before
        if before != plain_old[index] and after != plain_new[index]:
            return []  # one accent for another ("è" for "é"): named by both words already
        name = unicodedata.name(marked, "")
        accent = name.split(" WITH ", 1)[1].lower() if " WITH " in name else "accent"
        letter = plain_new[index]
        same = [i for i, c in enumerate(plain_new) if c == letter]
        among = same.index(index) + 1 if len(same) > 1 else 0
        out.append(AccentChange(accent, letter, among, added))
    return out


def _plain_letters(text: str) -> str:
    """Each character as its plain letter, one for one ("é" is "e")."""
    return "".join(_plain_letter(c) for c in text)


def _plain_letter(char: str) -> str:
    parts = unicodedata.normalize("NFD", char)
    if len(parts) > 1 and all(unicodedata.combining(c) for c in parts[1:]):
        return parts[0]
    return char
