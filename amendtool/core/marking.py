"""How a redline groups the words that changed, as Litera and Word's Compare mark them.

A change of adjacent words is one deletion and one insertion ("two business days" → "one
business day"), not a word struck, a word inserted, a word kept, a word struck: unchanged
words between two changes stay unmarked only when they are substantial (three words or
more, or two of which one carries meaning); "business" between "two" → "one" and "days" →
"day", or "in the" between "cash" → "shares" and "amount" → "number", is marked with them.
The longest runs of words the texts share are found first, so a long rewrite cannot swallow
a phrase it kept."""

from __future__ import annotations

import difflib
import re

from amendtool.core.diffing import DELETE, EQUAL, INSERT, Hunk, hunks_of, tokens, word_diff

# Words that carry no meaning of their own: two of them between changes ("of the", "in
# the", "and to") do not stand on their own in a redline. "not", "no", "may", "must" and
# "only" are not among them: a lawyer reads each of them.
FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for with from into onto upon as and or nor but so if
    than then that this these those it its is are was were be been being we us our you
    your he she they them their his her which who whom whose such any each""".split()
)
_WORD = re.compile(r"\w")


def marked_diff(a: str, b: str, keep_words: int = 2) -> list[tuple[int, str]]:
    """The diff of `a` into `b` as a redline marks it: (EQUAL, DELETE or INSERT, text), each
    run of change one deletion followed by one insertion."""
    old, new = tokens(a), tokens(b)
    if "".join(old) != a or "".join(new) != b:
        return word_diff(a, b)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    opcodes = matcher.get_opcodes()
    out: list[tuple[int, str]] = []
    removed, added = "", ""
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        kept = "".join(old[i1:i2])
        if tag == "equal":
            inside = 0 < index < len(opcodes) - 1
            if inside and not substantial(kept, keep_words):
                removed, added = removed + kept, added + kept
                continue
            out += _change(removed, added)
            removed, added = "", ""
            out.append((EQUAL, kept))
            continue
        removed += kept
        added += "".join(new[j1:j2])
    return out + _change(removed, added)


def marked_hunks(a: str, b: str, keep_words: int = 2) -> list[Hunk]:
    """Changed regions of `a` for a redline, each with what replaced it in `b`."""
    return hunks_of(marked_diff(a, b, keep_words))


def substantial(kept: str, keep_words: int = 2) -> bool:
    """Whether unchanged words between two changes stand on their own in a redline: at
    least `keep_words` + 1 words, or `keep_words` words of which one carries meaning."""
    words = [t for t in tokens(kept) if _WORD.match(t)]
    if len(words) > keep_words:
        return True
    return len(words) == keep_words and any(w.lower() not in FUNCTION_WORDS for w in words)


def _change(removed: str, added: str) -> list[tuple[int, str]]:
    return [(op, text) for op, text in ((DELETE, removed), (INSERT, added)) if text]
