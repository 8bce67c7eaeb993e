"""A figure quoted in a message as the offer's own sentences print it.

The first item to change a figure is often the cover, set in capitals ("UP TO 2,000,000
SHARES"); a warning that quotes it so shouts part of itself and reads as if the offer called
its securities "SHARES". The words of a figure printed in capitals take the case the offer's
body gives them ("2,000,000 Shares"), else small letters."""

from __future__ import annotations

import re
from collections.abc import Iterable

from amendtool.core.facts import extract
from amendtool.core.pattern_store import compiled

_WORD = compiled(r"[A-Za-z][A-Za-z'’.-]*")


def shouted(printed: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", printed)
    return len(letters) > 1 and letters.isupper()


def as_the_body_says(printed: str, kind: str, texts: Iterable[str]) -> str:
    """`printed` (a figure of `kind`), its words in capitals cased as the first figure of the
    same kind that `texts` print in ordinary letters cases them."""
    if not shouted(printed):
        return printed
    wanted = {w.casefold() for w in _WORD.findall(printed)}
    cased: dict[str, str] = {}
    for text in texts:
        if not any(w in text.casefold() for w in wanted):
            continue
        for fact in extract(text):
            if fact.kind != kind or shouted(fact.text):
                continue
            for word in _WORD.findall(fact.text):
                cased.setdefault(word.casefold(), word)
            if wanted <= cased.keys():
                break
        if wanted <= cased.keys():
            break
    return _WORD.sub(lambda m: cased.get(m[0].casefold(), m[0].lower()), printed)
