"""Where a worked example stands in a sentence. A sentence that opens with one ("For example,
if you hold 300 options…", "If, for example, you hold…") is an example throughout; one that
states a term and sets an example beside it ("greater than $18.50 (for example, options
granted in 2021 at $24.10)") is an example only in the aside, so a change to the term it
states is a change to the term. The words that set an aside off and those that may come
before an opening one are the firm's (rules.toml [examples] `asides`, `leads`)."""

from __future__ import annotations

from collections.abc import Iterator

from amendtool.core.pattern_store import compiled
from amendtool.core.rule_words import Words
from amendtool.core.segment import split_sentences

# a web or mail address ("quillmark.equityexchange.example", "www.acme.com/offer"): its
# parts are no words of the sentence
_ADDRESS = compiled(r"(?:https?://)?[\w.+-]*@?(?:[\w-]+\.)+[A-Za-z]{2,}\b(?:/\S*)?")
# what every address holds (a point, then two letters of its last name): a sentence without
# it is not searched for one
_ADDRESS_HINT = compiled(r"\.[A-Za-z]{2}")
# where an aside that is not in parentheses ends: the clause's own end
_CLAUSE_END = compiled(r"[;)\u2014\u2013]|,(?=\s)|\s-\s")
_AFTER_PHRASE = compiled(r"[\s,:]*")
_WORD = compiled(r"[a-z]+")


def without_addresses(text: str) -> str:
    """The text with each web or mail address blanked, its length kept."""
    if _ADDRESS_HINT.search(text) is None:
        return text
    return _ADDRESS.sub(lambda m: " " * len(m.group(0)), text)


def term_text(text: str, words: Words, asides: Words, leads: frozenset[str]) -> str:
    """The text with every worked example blanked (a sentence that is one, the aside of one
    that is not): what is left states the terms."""
    plain = without_addresses(text)
    out = list(plain)
    for start, end in split_sentences(plain):
        for left, right in _example_spans(plain[start:end], words, asides, leads):
            out[start + left : start + right] = " " * (right - left)
    return "".join(out)


def _example_spans(
    sentence: str, words: Words, asides: Words, leads: frozenset[str]
) -> Iterator[tuple[int, int]]:
    if words.pattern is None:
        return
    for match in words.pattern.finditer(sentence.replace("’", "'")):
        before = sentence[: match.start()]
        opens = set(_WORD.findall(before.lower())) <= leads
        if opens or not asides.matches_word(match.group(0)):
            yield 0, len(sentence)  # an example throughout, or words that describe one
            return
        yield match.start(), _aside_end(sentence, match.start(), match.end())


def _aside_end(sentence: str, start: int, end: int) -> int:
    """Where the aside begun at `start` ends: its closing parenthesis; the phrase itself when
    it is set off by commas within the clause ("You will receive, for example, one New RSU
    for every 2.5 options" states the ratio); else the end of its clause."""
    opened = sentence.rfind("(", 0, start)
    if opened > sentence.rfind(")", 0, start):
        closed = sentence.find(")", end)
        return len(sentence) if closed < 0 else closed + 1
    rest = _AFTER_PHRASE.match(sentence, end)
    after = rest.end() if rest else end
    if sentence[:start].rstrip().endswith(",") and "," in sentence[end:after]:
        return after
    clause = _CLAUSE_END.search(sentence, after)
    return clause.start() if clause else len(sentence)
