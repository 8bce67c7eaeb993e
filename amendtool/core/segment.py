"""Sentence splitting for legal and securities text (abbreviations, initials, citations, times).

A small rule set rather than a general segmenter: measured on the case table in
tests/core/test_segment.py it is both more accurate on legal abbreviations and hundreds of
times faster than the maintained general-purpose ones (pysbd, syntok).
"""

from __future__ import annotations

import re
from functools import lru_cache

from amendtool.core.pattern_store import compiled
from amendtool.core.text_cache import EVERY_PARAGRAPH, LONG_KEPT, bounded_cache
from amendtool.core.typography import CACHED_CHARS

# Abbreviations after which a period never ends a sentence (compared case-insensitively,
# without the final period).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof rev hon sr jr st ste esq no nos sec secs art arts reg regs
    para paras pp p ch cl sch subd subsec v vs cf viz al seq approx est dept govt assn
    bros intl natl mgmt treas fig figs ex exh jan feb mar apr jun jul aug sep sept oct nov
    dec mon tue tues wed thu thur thurs fri sat sun ave blvd rd hwy mt ft u.s u.s.a u.k
    e.g i.e n.a s.a n.v a.g b.v s.e.c i.r.c u.s.c c.f.r
    """.split()
)
# Corporate suffixes: inside a name far more often than at the end of a sentence.
_CORPORATE = frozenset(
    """
    inc corp co ltd l.p l.l.c llc plc n.v s.a lp llp l.l.p
    """.split()
)
# Words that, after a corporate suffix or "etc.", show a new sentence has started.
_SENTENCE_STARTERS = frozenset(
    """
    the this that these those we our you your if it its in any each all as for such there
    under no a an after before during while when although because however accordingly
    however moreover furthermore please see unless upon on by with to from i he she they
    """.split()
)
# Titles stand before a name ("MR. SMITH", "ST. LOUIS") even in capitals.
_TITLES = frozenset("mr mrs ms messrs dr prof rev hon sr jr st ste esq".split())
# Dotted abbreviations that introduce what follows rather than end a sentence.
_INTRODUCING = frozenset("e.g i.e cf viz v vs".split())
_TIME_FOLLOWERS = frozenset(
    """
    eastern pacific central mountain new edt est pdt pst cdt cst mdt mst gmt utc greenwich
    local et pt ct mt
    """.split()
)

_CANDIDATE = compiled(r"[.?!]+[\"'”’)\]]*(?=\s+(?:[\"'“‘]*[A-Z0-9]|[(\[]))")
# a parenthetical that names what comes before it: '(the "Company")', '(together, "Acme")'
_NAMING = compiled(r"\((?:together,\s+|collectively,\s+)?(?:the\s+)?[\"“]")
# a list marker in parentheses opens a sentence: "(i)", "(a)", "(12)"
_LIST_MARKER = compiled(r"[ivxlc]{1,5}|[a-zA-Z]|\d{1,3}")
_WORD_BEFORE = compiled(r"([\w.'’&-]*)$")
# asked at every full stop of every paragraph: compiled once, not looked up in re's cache
_INITIALISM = compiled(r"(?:[a-z]\.)+[a-z]")  # "N.A.", "S.A.", "U.S."
_MARKER_NUMBER = compiled(r"q?\d{1,3}")
_ENDS_STOPPED = compiled(r"[.?!][\"'”’]*$")
_NEXT_WORD = compiled(r"\s+[\"'“‘(\[]*([\w'’.]+)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of one paragraph, whitespace trimmed.

    Kept for paragraphs already split: drafting, the proposals, the notice and the checks
    each split the same changed paragraphs again."""
    if len(text) > CACHED_CHARS:
        # a long text (a table read as one sentence of its rows) is asked about by each of
        # its figures: the last few are kept, as text_cache keeps them
        return list(_long_split(text))
    return list(_cached_split(text))


def _split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = _skip_space(text, 0)
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if end <= start or not _is_boundary(text, match):
            continue
        end = _with_trailing_reference(text, end)
        spans.append((start, end))
        start = _skip_space(text, end)
    tail_end = len(text.rstrip())
    if start < tail_end:
        spans.append((start, tail_end))
    return spans


@bounded_cache(EVERY_PARAGRAPH)
def _cached_split(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split_sentences(text))


@lru_cache(maxsize=LONG_KEPT)
def _long_split(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split_sentences(text))


def ends_in_abbreviation(text: str) -> bool:
    """'… Acme Widgets, Inc.', '… Holdings, L.P.', '… of the U.S.': the final stop belongs to
    the last word, so a heading's title keeps it."""
    stripped = text.rstrip()
    if not stripped.endswith("."):
        return False
    before = _WORD_BEFORE.search(stripped, 0, len(stripped) - 1)
    bare = (before.group(1) if before else "").strip("'’\"(").lower()
    if not bare:
        return False
    if bare in _CORPORATE or bare in _ABBREVIATIONS or bare == "etc":
        return True
    return _INITIALISM.fullmatch(bare) is not None


def strip_heading_stop(title: str) -> str:
    """A heading's own final stop (and stray spaces) off its title, not an abbreviation's."""
    title = title.strip()
    while title.endswith((".", ":")) and not ends_in_abbreviation(title):
        title = title[:-1].rstrip()
    return title


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def _with_trailing_reference(text: str, end: int) -> int:
    """Where a sentence ending at `end` really ends: "… at any time. (Section 3)" and
    "… (see Section 9)" are references closing the sentence before them, not sentences; a
    parenthetical with its own stop ("(See Section 9.)") or a list marker ("(i)") is not."""
    opening = _skip_space(text, end)
    if opening >= len(text) or text[opening] not in "([":
        return end
    close = _closing(text, opening)
    if close < 0:
        return end
    inner = text[opening + 1 : close].strip()
    if not inner or _LIST_MARKER.fullmatch(inner) or _ENDS_STOPPED.search(inner):
        return end
    after = close + 1
    if after < len(text) and text[after] in ".;,":
        after += 1
    if after < len(text) and not text[after].isspace():
        return end
    return after


def ends_sentence_within(words: str) -> bool:
    """Whether a stop inside `words` ends a sentence that more words follow ("500 shares.
    (Section 2)", "May 3. We"), which a quotation of changed words should not run across."""
    text = words.strip()
    return any(_is_boundary(text, match) for match in _CANDIDATE.finditer(text))


def closing_reference(text: str) -> int:
    """Where a reference closing the whole paragraph starts ("… after that date. (Section 4)"),
    or -1. It belongs to the last sentence for counting, but an answer's pointer stays last:
    a sentence added after the last one goes before it."""
    stripped = text.rstrip()
    if not stripped.endswith((")", "]")):
        return -1
    spans = split_sentences(stripped)
    if not spans:
        return -1
    start, end = spans[-1]
    for match in _CANDIDATE.finditer(stripped, start, end):
        opening = _skip_space(stripped, match.end())
        if _with_trailing_reference(stripped, match.end()) == end and opening < end:
            return opening
    return -1


def _closing(text: str, opening: int) -> int:
    """The position of the bracket closing the one at `opening`, or -1 (nesting counted)."""
    pair = {"(": ")", "[": "]"}[text[opening]]
    depth = 0
    for position in range(opening, min(len(text), opening + 400)):
        char = text[position]
        if char == text[opening]:
            depth += 1
        elif char == pair:
            depth -= 1
            if depth == 0:
                return position
    return -1


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    punctuation = match.group(0)
    if not punctuation.startswith("."):
        return True  # "?" and "!" always end a sentence here
    if punctuation.startswith("..."):
        return False
    if len(punctuation.rstrip("\"'”’)]")) > 1:
        return True
    # the word before the stop, looked for in the 80 characters before it: a search from
    # the start of the paragraph would make long paragraphs quadratic
    before = _WORD_BEFORE.search(text, max(0, match.start() - 80), match.start())
    word = before.group(1) if before else ""
    next_match = _NEXT_WORD.match(text, match.end())
    next_word = next_match.group(1) if next_match else ""
    bare = word.strip("'’\"(").lower()
    if not bare:
        return True
    if match.start() <= 4 and _MARKER_NUMBER.fullmatch(bare):
        return False  # a list marker such as "1." or "Q2." at the start of the paragraph
    if len(bare) == 1 and bare.isalpha():
        # an initial ("Russell I. Zuckerman", "Q. What"), unless it names a schedule, an
        # exhibit or a class ("listed on Schedule A. We will …")
        start = before.start() if before else match.start()
        return _DESIGNATOR.search(text, max(0, start - 20), start) is not None
    if _in_short_parenthetical(text, match.end()):
        return False  # "(ref. 12)", "(Appx. 7)": an abbreviation, whatever its word
    initialism = _INITIALISM.fullmatch(bare) is not None and bare not in _INTRODUCING
    if bare in ("a.m", "p.m"):
        return next_word.rstrip(".").lower() not in _TIME_FOLLOWERS  # "a.m. ET." is one
    opening = _skip_space(text, match.end())
    if opening < len(text) and text[opening] == "(" and (initialism or bare in _CORPORATE):
        # 'Acme Widgets, Inc. (the "Company") is …' names the party inside the sentence;
        # '… Acme Widgets, Inc. (Section 3) Options …' ends it after the reference
        close = _closing(text, opening)
        after = _NEXT_WORD.match(text, close + 1) if close >= 0 else None
        naming = _NAMING.match(text, opening, max(close, opening))
        return after is not None and not naming and after.group(1)[:1].isupper()
    if bare in _CORPORATE or bare == "etc":
        return next_word.lower() in _SENTENCE_STARTERS
    if bare in ("no", "nos"):
        return not next_word[:1].isdigit()  # "Registration No. 333-1234" vs "is No. The"
    if initialism:
        # "in the U.S. The offer" ends a sentence; "the U.S. Treasury" does not
        return next_word.lower() in _SENTENCE_STARTERS
    if bare in _ABBREVIATIONS:
        return _acronym_ends(word.strip("'’\"("), bare, next_word)
    return True


# the words a letter follows when it names a part of the filing or a class, not a person
_DESIGNATOR = compiled(
    r"\b(?:Schedule|Exhibit|Annex|Appendix|Attachment|Class|Series|Tranche|Part)\s+\Z"
)
_SHORT_TAIL = 3  # words after a stop that close a parenthetical: no sentence of its own


def _in_short_parenthetical(text: str, end: int) -> bool:
    """Whether the stop ending at `end` is inside a parenthetical that closes within a few
    words and no other stop ("(ref. 12)."): a sentence of three words or fewer is no
    sentence, and cutting there would quote an unclosed parenthesis."""
    opening = text.rfind("(", max(0, end - 80), end)
    if opening < 0 or text.find(")", opening, end) >= 0:
        return False
    close = text.find(")", end, end + 40)
    if close < 0:
        return False
    tail = text[end:close]
    return (
        "(" not in tail and not any(c in tail for c in ".?!") and len(tail.split()) <= _SHORT_TAIL
    )


def _acronym_ends(word: str, bare: str, next_word: str) -> bool:
    """'… with the SEC. You may …': an acronym in capitals is no abbreviation ("Sec. 13",
    "Est."), so its stop ends the sentence when a capitalised word follows, though not a
    number ("SEC. 13(e)") and not after a title ("ST. LOUIS", "MR. SMITH")."""
    if len(word) < 2 or not word.isupper() or bare in _TITLES:
        return False
    return next_word[:1].isupper() and any(c.islower() for c in next_word)


def clear_caches() -> None:
    """For benchmarks that measure a first, cold draft."""
    _cached_split.cache_clear()


_SENTENCE_END = compiled(r"(?<![ap]\.m)(?<![AP]\.M)[.?!][\"”’)]*\s")


def since_sentence_end(text: str) -> str:
    """The text after the last real sentence end ("11:59 p.m. on" ends none)."""
    ends = list(_SENTENCE_END.finditer(text))
    return text[ends[-1].end() :] if ends else text


def sentence_at(text: str, position: int) -> tuple[int, str]:
    """The sentence holding `position`; in a table ("cell\tcell" rows), its row."""
    if "\t" in text:
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        return start, text[start : end if end >= 0 else len(text)]
    for start, end in split_sentences(text):
        if start <= position < end:
            return start, text[start:end]
    return 0, text
