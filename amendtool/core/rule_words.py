"""Word lists of the materiality rules: phrases matched on whole words, their answers kept
for the sentences a proposal asks about again and again."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from amendtool.core.pattern_store import compiled


class Words:
    """A list of words and phrases, matched on whole words without regard to capitals; a
    trailing "*" matches any ending."""

    def __init__(self, phrases: list[str]) -> None:
        self.phrases = list(phrases)
        self._given = [p for p in phrases if p.strip()]
        self._ascii = all(p.isascii() for p in phrases)
        self._answers: dict[tuple[str, str], Any] = {}

    # Spelled out and compiled when first searched, not when the rules are read: a draft of
    # a short offer searches about a third of the house rules' lists, and paid for them all.
    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """The list, matched without regard to capitals; None for a list of no phrases."""
        parts = [_phrase(p) for p in self._given]
        return compiled(_whole_words(parts), re.IGNORECASE) if parts else None

    @cached_property
    def small(self) -> re.Pattern[str] | None:
        """The list in small letters, matched letter for letter: ASCII text is read with it
        in small letters (the same length, so its spans are the text's), which spares the
        engine folding each letter it compares (a proposal asks thousands of sentences).
        None when a phrase is not ASCII (or none is given)."""
        small = [_phrase(p.lower()) for p in self._given]
        return compiled(_whole_words(small)) if small and self._ascii else None

    @cached_property
    def leads(self) -> tuple[str, ...] | None:
        """What a match of each phrase holds letter for letter, in small letters: its first
        word, up to a trailing "*" or a quote (which may be curly). A text in small letters
        holding none of them holds no phrase of the list. None when a phrase has no such
        word (it opens with a quote) or is not ASCII."""
        leads = [phrase.lower().split()[0].rstrip("*").split("'")[0] for phrase in self._given]
        if not self._ascii or not all(leads):
            return None
        return tuple(dict.fromkeys(leads))

    def search(self, text: str) -> str | None:
        """The first phrase found in `text`, as written there, or None."""
        answer: str | None = self._asked("search", text)
        return answer

    def found(self, text: str) -> list[str]:
        """Every phrase found in `text`, in lower case, as often as it is found."""
        return list(self._asked("found", text))

    def last_end(self, text: str) -> int:
        """Where the last phrase found in `text` ends, or -1: the nearest to what follows."""
        if self.pattern is None:
            return -1
        return max((m.end() for m in self.pattern.finditer(_fold(text))), default=-1)

    def matches_word(self, word: str) -> bool:
        return bool(self._asked("word", word))

    def _asked(self, question: str, text: str) -> Any:
        """The answer, worked out once for each text: a proposal asks a list about the
        same sentences for each subject, framing and clarifying test it applies."""
        key = (question, text)
        if key in self._answers:
            return self._answers[key]
        if len(self._answers) >= _ANSWERS_KEPT:
            self._answers.clear()
        answer = self._answer(question, _fold(text))
        self._answers[key] = answer
        return answer

    def _answer(self, question: str, folded: str) -> Any:
        small = self.small if folded.isascii() else None
        pattern, text = (small, folded.lower()) if small is not None else (self.pattern, folded)
        if pattern is None or (small is not None and not self._may_hold(text)):
            return None if question == "search" else () if question == "found" else False
        if question == "search":
            match = pattern.search(text)
            return folded[match.start() : match.end()] if match else None
        if question == "found":
            return tuple(folded[m.start() : m.end()].casefold() for m in pattern.finditer(text))
        return pattern.fullmatch(text) is not None

    def _may_hold(self, small: str) -> bool:
        """Whether ASCII text in small letters may hold a phrase of a short list: one of its
        phrases' first words is in it (most sentences hold none; a long list's first words
        are looked for as fast by its pattern)."""
        leads = self.leads
        return leads is None or len(leads) > _FEW or any(lead in small for lead in leads)


_FEW = 8  # first words a list looks for before its pattern
_ANSWERS_KEPT = 4096  # texts a list remembers its answers for (a long revision's sentences)
_EDGE_BEFORE = r"(?<![\w'’-])"
_EDGE_AFTER = r"(?![\w'’-])"


def _whole_words(parts: list[str]) -> str:
    """Any of the phrases, on whole words: the edges are tested once for the list, not once
    for each phrase (the same matches; a list's pattern compiles in a fraction of the time)."""
    return f"{_EDGE_BEFORE}(?:{'|'.join(parts)}){_EDGE_AFTER}"


def _phrase(phrase: str) -> str:
    """The phrase's words, apart by spaces or hyphens (its edges are `Words`' to test)."""
    words = []
    for word in phrase.strip().split():
        star = word.endswith("*")
        body = re.escape(word.rstrip("*")).replace("'", "['’]?")
        words.append(body + (r"[\w'’-]*" if star else ""))
    return r"[\s-]+".join(words)


def _fold(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("’", "'")
