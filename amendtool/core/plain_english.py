"""How plainly the employee notice reads: reading grade, sentence length, passive voice and
legal words, judged on the words written for employees and never on text quoted from the
filing.

Words and syllables are counted as textstat counts them (`syllables`: its word split and
the bundled CMU dictionary, without importing textstat or loading its copy of the
dictionary; never online); sentences are split by our own rules for legal text, which know
that "11:59 p.m." and "$17.50" do not end a sentence. The grade is the Flesch-Kincaid
formula over those counts. What each shortfall is said as, for counsel: plain_review.py.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from amendtool.core import syllables
from amendtool.core.cut_quotes import cut_closed
from amendtool.core.errors import InputError
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.core.segment import sentences
from amendtool.core.text_cache import kept_by_content
from amendtool.resources import resource_path

_QUOTED = compiled(r"\"[^\"]*\"|“[^”]*”")
# held whole while sentences are judged, and quoted back as written: a quotation, and a part
# in brackets ("[will/should]", a placeholder) that counsel has still to settle
_HELD = compiled(rf"{_QUOTED.pattern}|\[[^\]]*\]")
_BE = r"(?:am|is|are|was|were|be|been|being)"
_BETWEEN = (
    r"(?:\s+(?:not|also|still|now|then|already|never|always|only|hereby|thereby|herein|"
    r"therein|\w+ly))*"
)
_IRREGULAR = (
    "made done given taken sent held paid sold bought told known shown seen written chosen "
    "kept left set put read found brought thought meant won lost built met cut run begun "
    "drawn driven forgotten gotten hidden laid led spent struck understood withdrawn "
    "undertaken forbidden sought bound granted become"
).split()
_PASSIVE = compiled(
    rf"\b{_BE}{_BETWEEN}\s+(?!(?:{'|'.join(('interested', 'needed'))})\b)"
    rf"(?P<verb>\w+ed|{'|'.join(_IRREGULAR)})\b(?!\s+(?:to|that)\b)",
    re.IGNORECASE,
)
_WORD = compiled(r"[A-Za-z0-9$%][\w$%.,:'’/-]*")
# an e-mail or web address is a name the reader copies, not words sounded out: one short word
_ADDRESS = compiled(r"(?:https?://|www\.)[^\s]*[^\s.,;:)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
# what every address holds ("://", "www.", "@"): a text without it is read as it is, not
# tried for an address at each of its letters (a notice of 300 items has hundreds of texts)
_WWW = compiled(r"www\.", re.I)


@dataclass(frozen=True)
class PlainRules:
    """The limits and the legal words with their everyday replacements (a firm edits these)."""

    grade: float
    average_sentence: float
    longest_sentence: int
    words: dict[str, str]
    allowed: tuple[str, ...]
    graded_paragraph: int = 20  # words a paragraph needs before its own grade means anything
    # counsel's words from the filing details said otherwise in the plain notice ("" leaves
    # the word out): plain_swaps.py
    swaps: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> PlainRules:
        try:
            data: dict[str, Any] = read_toml(path)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InputError(path, f"plain-English list cannot be read ({exc})") from exc
        limits = data.get("limits", {})
        return cls(
            grade=float(limits.get("grade", 9)),
            average_sentence=float(limits.get("average_sentence", 20)),
            longest_sentence=int(limits.get("longest_sentence", 35)),
            words={str(k): str(v) for k, v in data.get("words", {}).items()},
            allowed=tuple(data.get("allowed", {}).get("phrases", [])),
            graded_paragraph=int(limits.get("graded_paragraph", 20)),
            swaps={str(k): str(v) for k, v in data.get("swaps", {}).items()},
        )


@cache
def plain_rules() -> PlainRules:
    return PlainRules.load(resource_path("plain", "legal_words.toml"))


@dataclass(frozen=True)
class Readability:
    """How hard the notice is to read, as textstat measures it."""

    grade: float  # Flesch-Kincaid grade
    average_sentence: float  # words per sentence
    longest_sentence: int
    sentences: int
    words: int


def unquoted(text: str) -> str:
    """The text with quotations from the filing reduced to one short word: what we wrote."""
    return _QUOTED.sub("this", text)


def plain_sentences(texts: list[str]) -> list[str]:
    """Each text (a paragraph or a heading) split into sentences, quotations left out."""
    return [checked for text in texts for checked, _ in _as_written(text)]


_MARK = "Qq{}qQ"  # a quotation's place while the sentences are split: one plain word
_PLACES = compiled(_MARK.format(r"(\d+)"))


@kept_by_content
def _as_written(text: str) -> tuple[tuple[str, str], ...]:
    """Each sentence of the text twice: as it is judged (each quotation one short word) and
    as written, so that a finding quotes counsel's own words, never a garbled sentence
    ("under this below"). Kept by content: grade, long and passive sentences read one split.
    "Qq0qQ" (or "Q\u2060q") typed by counsel is read as typed, never as a quotation's place."""
    quoted: list[str] = []

    def mark(match: re.Match[str]) -> str:
        quoted.append(match.group(0))
        return _MARK.format(len(quoted) - 1)

    out: list[tuple[str, str]] = []
    # counsel's own "Qq" while the places are marked, by a mark the text itself never holds
    own_qq = next(f"Q{chr(c)}q" for c in range(0x2060, 0x110000) if f"Q{chr(c)}q" not in text)
    own = " ".join(text.split()).replace("Qq", own_qq)
    for sentence in sentences(_HELD.sub(mark, own)):
        if "Qq" not in sentence:  # no quotation's place: judged as written
            written = sentence.replace(own_qq, "Qq")
            if _WORD.search(written):
                out.append((written, written))
            continue
        checked = _PLACES.sub("this", sentence).replace(own_qq, "Qq")
        if _WORD.search(checked):
            placed = _PLACES.sub(lambda m: quoted[int(m.group(1))], sentence)
            out.append((checked, placed.replace(own_qq, "Qq")))
    return tuple(out)


def written_sentences(text: str) -> tuple[tuple[str, str], ...]:
    """Each sentence of the text as judged (each quotation one short word) and as written."""
    return _as_written(text)


def warm_up() -> None:
    """Load the pronouncing dictionary (once) before anyone waits for it."""
    syllables.warm_up()


def readability(texts: list[str]) -> Readability:
    return _readability(tuple(texts))


@kept_by_content
def _readability(texts: tuple[str, ...]) -> Readability:
    found = plain_sentences([without_addresses(text) for text in texts])
    measured = [_measured(s) for s in found]
    counts = [count for count, _ in measured]
    words = sum(counts)
    if not words:
        return Readability(0.0, 0.0, 0, 0, 0)
    counted = sum(sounds for _, sounds in measured)
    average = words / len(found)
    grade = 0.39 * average + 11.8 * counted / words - 15.59
    return Readability(round(grade, 1), round(average, 1), max(counts), len(found), words)


def may_hold_address(text: str) -> bool:
    """False when `_ADDRESS` finds nothing in `text`: it holds none of "://", "@", "www."."""
    return "@" in text or "://" in text or _WWW.search(text) is not None


def without_addresses(text: str) -> str:
    """The text with each e-mail or web address one short word, "us"."""
    return _ADDRESS.sub("us", text) if may_hold_address(text) else text


@kept_by_content
def _measured(sentence: str) -> tuple[int, int]:
    """The sentence's words and syllables. Kept by content: a notice paragraph's sentences
    are counted for the notice's grade, the paragraph's own and its review's alike."""
    return len(syllables.words(sentence)), syllables.syllable_count(sentence)


def legal_words(text: str, rules: PlainRules | None = None) -> list[tuple[str, str]]:
    """(the word as written, its everyday replacement), in the order they occur."""
    rules = rules or plain_rules()
    plain = unquoted(text)
    for phrase in rules.allowed:
        plain = _allowed(phrase).sub(" ", plain)
    anywhere = _any_legal(tuple(rules.words))
    if anywhere is None or anywhere.search(plain) is None:
        return []  # none of the list: most paragraphs, read once rather than once a word
    found: list[tuple[int, str, str]] = []
    for word, replacement in rules.words.items():
        found += [(m.start(), m.group(0), replacement) for m in _legal(word).finditer(plain)]
    return [(word, replacement) for _, word, replacement in sorted(found)]


# compiled once for the firm's lists (a notice of 300 items asks once for each paragraph)
@cache
def _allowed(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.I)


def legal_pattern(word: str, allowed: bool = False) -> re.Pattern[str]:
    """A listed word matched whole, without regard to capitals (an allowed phrase exactly as
    listed, a legal word across any spaces or line breaks)."""
    return _allowed(word) if allowed else _legal(word)


@cache
def _any_legal(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of the listed words, as `_legal` matches each: where one of them matches, this
    matches there too (or earlier), so a text it finds nothing in holds none of them."""
    if not words:
        return None
    either = "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in words)
    return re.compile(rf"(?<![\w-])(?:{either})(?![\w-])", re.I)


@cache
def _legal(word: str) -> re.Pattern[str]:
    spaced = r"\s+".join(re.escape(part) for part in word.split())
    return re.compile(rf"(?<![\w-]){spaced}(?![\w-])", re.I)


def passive_sentences(text: str) -> list[str]:
    """Sentences in the passive voice ("has been deleted", "is required")."""
    return [sentence for sentence, _ in passive_phrases(text)]


def passive_phrases(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each sentence in the passive voice, as written, with every passive phrase in it
    ("are hereby deemed", "was corrected"): what Checks and the Plain tab both name. A text
    with no passive phrase in it, quotations one word as in its sentences, has none in any
    sentence (most paragraphs written for employees): it is not split to know."""
    if _PASSIVE.search(_HELD.sub("this", text)) is None:
        return []
    out = []
    for checked, written in _as_written(text):
        found = tuple(" ".join(m.group(0).split()) for m in _PASSIVE.finditer(checked))
        if found:
            out.append((written, found))
    return out


def passive_said(sentence: str, phrases: tuple[str, ...], words: int = 12) -> str:
    """'passive voice (“are hereby deemed”, “was corrected”): “Pursuant to …” (say who does
    what)': one finding, said alike in Checks and under the Plain tab's editor."""
    named = ", ".join(f"“{p}”" for p in phrases)
    return f"passive voice ({named}): “{_cut(sentence, words)}” (say who does what)"


def _cut(sentence: str, words: int = 12) -> str:
    return cut_closed(sentence.split(), words, " …")
