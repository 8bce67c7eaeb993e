"""Counsel's sentences from the filing details (the notice's explanation, contact and
delivery) as the plain notice says them: each legal word for which the firm's list
(resources/plain/legal_words.toml, [swaps]) gives one safe, same-meaning everyday word is
said with it ("with respect to" → "about"), so a notice written for employees carries none
of them. The precedent notice prints counsel's words exactly; words quoted and placeholders
in brackets are never changed. Checks says each swap as a note naming the field to reword.
"""

from __future__ import annotations

from dataclasses import dataclass

from amendtool.core import plain_english
from amendtool.core.amendment import Amendment
from amendtool.core.filing_fields import named
from amendtool.core.findings import NOTE, Finding
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_english import PlainRules
from amendtool.core.plain_summary import placeholder_spans

_QUOTED = compiled(r"\"[^\"]*\"|“[^”]*”")
_SENTENCE_START = compiled(r"(?:^|[.!?][”\"’')\]]*\s+)$")

# counsel's sentences the notice prints, by what Checks calls them and their field
COUNSEL_FIELDS = (
    ("the notice's explanation (filing details)", "explanation"),
    ("the notice's delivery paragraph (filing details)", "delivery"),
    ("the notice's contact (filing details)", "contact"),
)


@dataclass(frozen=True)
class Swapped:
    """A text as the plain notice says it, and each swap made: (as written, said instead)."""

    text: str
    swaps: tuple[tuple[str, str], ...] = ()


def said_plainly(text: str, rules: PlainRules | None = None) -> Swapped:
    """The text with each swappable legal word said in the everyday word, capitals kept
    where a sentence starts (or where counsel wrote the word in capitals)."""
    rules = rules or plain_english.plain_rules()
    kept = [m.span() for m in _QUOTED.finditer(text)] + placeholder_spans(text)
    for phrase in rules.allowed:
        kept += [m.span() for m in plain_english.legal_pattern(phrase, allowed=True).finditer(text)]
    found: list[tuple[int, int, str]] = []
    for word, plain in rules.swaps.items():
        for m in plain_english.legal_pattern(word).finditer(text):
            if not any(m.start() < end and start < m.end() for start, end in kept):
                found.append((m.start(), m.end(), plain))
    out, swaps, at = "", [], 0
    for start, end, plain in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if start < at:
            continue  # inside a longer swap already made
        written = text[start:end]
        before = out + text[at:start]
        if plain:
            out = before + _cased(written, plain)
            at = end
        else:  # left out with the space beside it; the next word may open the sentence
            after = text[end:]
            rest = after.lstrip(" \t\n")
            if rest and (rest[0].isalnum() or rest[0] in '“"$('):
                out, at = before, end + len(after) - len(rest)
                if _starts_sentence(before) and written[:1].isupper():
                    out, at = out + rest[0].upper(), at + 1
            else:
                out, at = before.rstrip(" \t\n"), end
        swaps.append((written, plain))
    return Swapped(out + text[at:], tuple(swaps))


def _cased(written: str, plain: str) -> str:
    """The everyday word in counsel's capitals: "BEFORE" for "PRIOR TO", "Before" for
    "Prior to" (a sentence's start), "before" for "prior to"."""
    if written.isupper() and len(written) > 1:
        return plain.upper()
    if written[:1].isupper():
        return plain[:1].upper() + plain[1:]
    return plain


def _starts_sentence(before: str) -> bool:
    return bool(_SENTENCE_START.search(before))


def notice_says(amendment: Amendment, text: str) -> str:
    """Counsel's sentence as the notice prints it: said plainly in the plain style only."""
    if amendment.filing.notice_style != "plain":
        return text
    return said_plainly(text).text


def counsel_written(amendment: Amendment) -> dict[str, str]:
    """Counsel's sentences from the filing details, as written, by what Checks calls them."""
    f = amendment.filing
    values = {
        "explanation": f.notice_explanation,
        "delivery": f.notice_delivery,
        "contact": f.notice_contact,
    }
    return {name: values[key] for name, key in COUNSEL_FIELDS}


def counsel_printed(amendment: Amendment) -> dict[str, str]:
    """The same sentences as the notice prints them."""
    return {name: notice_says(amendment, text) for name, text in counsel_written(amendment).items()}


def swap_notes(amendment: Amendment) -> list[Finding]:
    """A note for each field of counsel's the plain notice says in other words: which words,
    and where counsel rewords the sentence to say it otherwise."""
    if amendment.filing.notice_style != "plain":
        return []
    notes = []
    written = counsel_written(amendment)
    for name, key in COUNSEL_FIELDS:
        swaps = said_plainly(written[name]).swaps
        if not swaps:
            continue
        said = ", ".join(
            f"“{plain}” for “{word}”" if plain else f"nothing for “{word}”"
            for word, plain in dict.fromkeys(swaps)
        )
        message = (
            f"{name}: the plain notice says {said} (everyday words from the firm's list, "
            "resources/plain/legal_words.toml [swaps]); to say it in other words, write the "
            f"sentence as employees should read it in {named('notice', key)}"
        )
        notes.append(Finding(NOTE, "plain_english", message))
    return notes
