"""Filling the wording file's templates so a fragment left empty leaves no trace: "for each
{tendered} to" with nothing to say for {tendered} reads "for each to", never "for each  to",
and "{as_amended}." with no earlier amendment ends the sentence where it ends; a fragment
closing on a comma (", plus accrued and unpaid interest,") said last ends on the stop,
never "interest,.". Every template of the wording file is a `Template`, so every sentence
the tool writes from one is filled this way; the spacing a template itself prints ("Item 4.
Terms of the Transaction.") is kept as written.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from typing import Any

from amendtool.core.pattern_store import compiled

_FORMATTER = string.Formatter()
_RUNS = compiled(r"(?<=\S) {2,}(?=\S)")  # spaces between words inside a value
_STOPS = ",.;:"


def fill(template: str, /, *args: Any, **values: Any) -> str:
    """`template.format(*args, **values)`, with the spaces an empty or padded fragment would
    leave doubled (or before a stop) taken out at the joins between the template's words
    and its fragments."""
    return _fill(template, args, values)


def fill_map(template: str, values: Mapping[str, Any]) -> str:
    return _fill(template, (), values)


def _fill(template: str, args: tuple[Any, ...], values: Mapping[str, Any]) -> str:
    out = ""
    gap = False  # a fragment was left empty just before the next piece
    auto = 0
    for literal, name, spec, conversion in _FORMATTER.parse(template):
        if literal:
            out, gap = _join(out, literal, gap), False
        if name is None:
            continue
        if name == "":
            name, auto = str(auto), auto + 1
        elif name.isdigit():
            auto = int(name) + 1
        found, _ = _FORMATTER.get_field(name, args, values)
        found = _FORMATTER.convert_field(found, conversion)
        spec = _fill(spec, args, values) if spec else ""
        value = _RUNS.sub(" ", format(found, spec))
        if value.strip():
            out = with_article(out, value)
            out, gap = _join(out, value, gap or not out), False  # no sentence opens on a space
        else:
            gap = True
    return out


_ARTICLE = compiled(r"(?:(?<=\s)|^)(?P<article>[Aa]n?) $")
# words spelt with a vowel that open with a consonant's sound, and the reverse
_CONSONANT_SOUND = compiled(r"^(?:uni|use|usu|uti|ure|eu|one\b|once\b|u\.[sk]\b)", re.I)
_VOWEL_SOUND = compiled(r"^(?:hour|honest|honou?r|heir)", re.I)
_SPELT_VOWEL = "AEFHILMNORSX"  # initials said with a vowel first: "an RSU", "an SEC filing"


def article_for(word: str) -> str:
    """The article ("a" or "an") for the word that follows, by its sound: "an Election Form", "a
    Letter of Transmittal", "an Ohio corporation", "a U.S. holder", "an RSU"."""
    word = word.lstrip(" \"“‘'(")
    if not word:
        return "a"
    first = word.split()[0].rstrip(",.;:") if word.split() else ""
    if not first or not first[0].isalnum():
        return "a"  # no word follows: the article is the template's own
    if len(first) > 1 and first.isupper() and first.isalpha() and len(first) <= 5:
        return "an" if first[0] in _SPELT_VOWEL else "a"  # initials
    if _VOWEL_SOUND.match(first):
        return "an"
    if first[0].lower() in "aeiou" and not _CONSONANT_SOUND.match(first):
        return "an"
    return "a"


def with_article(out: str, value: str) -> str:
    """`out` with an "a"/"an" it ends in agreeing with the value that follows ("send a
    {transmittal_document}" with "Election Form" reads "send an Election Form")."""
    # the article is the last word: read only the end (a search of the whole text so far,
    # at each field, made a long template's filling grow with its square)
    match = _ARTICLE.search(out, max(0, len(out) - 4))
    if match is None or not value.lstrip(" \"“‘'(")[:1].isalnum():
        return out  # a fragment that opens on punctuation (", as amended,") names no word
    article = article_for(value)
    if match.group("article")[0].isupper():
        article = article.capitalize()
    return out[: match.start("article")] + article + " "


def _join(out: str, text: str, gap: bool) -> str:
    """`out` + `text`: one space where both bring one, none before a stop, none at the very
    start after an empty fragment."""
    if not text:
        return out
    if out.endswith(" ") and text.startswith(" "):
        text = text.lstrip(" ")
    if not text:
        return out
    if text[0] in _STOPS and not text.startswith(".."):
        out = out.rstrip(" ")
        if out.endswith(","):  # a parenthetical's closing comma (", plus accrued …,"), or a
            # list's separator before an empty last part: the stop that follows is the one
            out = out[:-1]
    if gap and not out:
        text = text.lstrip(" ")
    return out + text


class Template(str):
    """A template of the wording file: `format` fills it as `fill` does."""

    __slots__ = ()

    def format(self, /, *args: Any, **values: Any) -> str:
        return _fill(str.__str__(self), args, values)

    def format_map(self, values: Mapping[str, Any]) -> str:  # type: ignore[override]
        return _fill(str.__str__(self), (), values)


def templated(data: Any) -> Any:
    """The wording file's tables with every text in them a `Template`."""
    if isinstance(data, str):
        return Template(data)
    if isinstance(data, dict):
        return {key: templated(value) for key, value in data.items()}
    if isinstance(data, list):
        return [templated(value) for value in data]
    return data
