"""A short phrase replaced by another in one sentence, said in plain words as what the
offer now says and what it said, the offer's own words quoted ('The New RSUs will now be
granted “within five business days after the expiration date”. It was “on the first
business day after the expiration date”.'), and a document renamed as a rename ("The name
of the form is now the Election and Withdrawal Form. It was the election form."), rather
than a placeholder for counsel.

Only where the tool can say it: the old and new text are one sentence each, the words
before and after the change are the same, each side's changed words are few, and the words
before them say who does what with a verb the notice can put "now" after ("will", "may",
"is"). Anything else keeps the placeholder. The sentences are the firm's (wording file
[plain_notice] phrase_now, document_renamed; document nouns in document_nouns)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import sentences
from amendtool.core.templates import fill
from amendtool.core.typography import fold_typography

_KINDS = frozenset({ItemKind.REPLACE_WORDS, ItemKind.REPLACE_SENTENCE, ItemKind.REPLACE_PARAGRAPH})
_WORDS = compiled(r"[\w$%'’/-]+(?:[.,]\d+)*")
_MOST_WORDS = 22  # a longer change is a rewrite: counsel says what it means
# words (a figure whole: "$8.00", "25%"), and each mark of punctuation apart
_TOKENS = compiled(r"[\w$%'’/-]+(?:[.,]\d+)*|[^\w\s]")
# the verb "now" is put after, first in the words before the change
_NOW_AFTER = compiled(
    r"\b(?:will|may|must|shall|can|would|should|is|are)\b(?!\s+(?:not|no|never)\b)", re.I
)
_CLAUSE_END = compiled(r"\s*(?:[,;:(]|\.\s*$|\.$)")
_HAS_FIGURE = compiled(r"\d")
# a side that opens or ends with a mark or a joiner is a piece of a list or of a clause
_BROKEN = compiled(r"^(?:[^\w$“\"]|(?:or|and|nor|but|of|to|the|a|an)\b)", re.I)
_BROKEN_END = compiled(r"(?:[^\w%”\".]|\b(?:or|and|nor|but|of|to|the|a|an))$", re.I)


def phrase_swap(item: AmendmentItem, w: dict[str, Any]) -> str | None:
    """What the offer now says and what it said, in the firm's words; None where the tool
    cannot say it (the placeholder stays)."""
    if item.kind not in _KINDS or not item.old_text or not item.new_text:
        return None
    old, new = (" ".join(fold_typography(t).split()) for t in (item.old_text, item.new_text))
    if len(sentences(old)) != 1 or len(sentences(new)) != 1:
        return None
    a, b = list(_TOKENS.finditer(old)), list(_TOKENS.finditer(new))
    start = 0
    while start < min(len(a), len(b)) and a[start][0] == b[start][0]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end][0] == b[-1 - end][0]:
        end += 1
    was, now = _between(old, a, start, len(a) - end), _between(new, b, start, len(b) - end)
    if not was or not now or max(len(was.split()), len(now.split())) > _MOST_WORDS:
        return None  # words only put in or taken out, or a rewrite
    if any(_BROKEN.match(side) or _BROKEN_END.search(side) for side in (was, now)):
        return None  # a piece of a list or of a clause ("or Canada"): no phrase to say
    if re.search(r"\b(?:not|no|never)\b", f"{was} {now}", re.I):
        return None  # a negation: counsel says what it means
    after = old[a[len(a) - end].start() :] if end else ""
    tail = _clause_rest(after)
    first = after.split()[0] if after.split() else ""
    named = f" {first}" if _document_noun(first, w) else ""  # "a [new] notice"
    renamed = _renamed(was + named, now + named, w)
    if renamed is not None:
        return renamed
    # by words, not by what spaces part: "date," is the word "date" kept
    kept_was, kept_now = Counter(_WORDS.findall(was.lower())), Counter(_WORDS.findall(now.lower()))
    if not kept_was - kept_now or not kept_now - kept_was:
        return None  # words only put in around the old ("its sole discretion before …")
    head = old[: a[start].start()].rstrip() if start else ""
    verb = _NOW_AFTER.search(head)
    if verb is None or "phrase_now" not in w:
        return None
    if _CLAUSE_END.search(head[verb.end() :]):
        return None  # the verb is in another clause than the change
    said_head = f"{head[: verb.end()]} now{head[verb.end() :]}".strip()
    said_now = f"{now}{tail}".strip().rstrip(".,;:")
    said_was = f"{was}{tail}".strip().rstrip(".,;:")
    return fill(w["phrase_now"], head=said_head, now=said_now, was=said_was)


def _between(text: str, tokens: list[re.Match[str]], start: int, end: int) -> str:
    """The text from token `start` to before token `end`, as printed ('' for none)."""
    if end <= start:
        return ""
    return text[tokens[start].start() : tokens[end - 1].end()]


def _clause_rest(after: str) -> str:
    """The same words after the change, to the end of their clause (" after the expiration
    date" of " after the expiration date (see Section 7)."), with a space before."""
    cut = _CLAUSE_END.search(after)
    rest = after[: cut.start()] if cut else after
    return " " + rest.strip() if rest.strip() else ""


def _document_noun(word: str, w: dict[str, Any]) -> bool:
    return word.rstrip(".,;:").lower() in {str(n).lower() for n in w.get("document_nouns", [])}


def _renamed(was: str, now: str, w: dict[str, Any]) -> str | None:
    """A document called by another name ("election form" → "Election and Withdrawal
    Form"): both end with one of the firm's document nouns, and no figure changes."""
    if "document_renamed" not in w or _HAS_FIGURE.search(was + now):
        return None
    last_was = was.rstrip(".,;:").split()[-1].lower()
    last_now = now.rstrip(".,;:").split()[-1].lower()
    if not _document_noun(last_was, w) or last_now != last_was:
        return None
    old_name = re.sub(r"^(?:the|a|an|our|your|its)\s+", "", was.rstrip(".,;:"), flags=re.I)
    new_name = re.sub(r"^(?:the|a|an|our|your|its)\s+", "", now.rstrip(".,;:"), flags=re.I)
    return fill(w["document_renamed"], noun=last_now, old=old_name, new=new_name)
