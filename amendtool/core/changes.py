"""What an item changes, as the comparison rule sees it: facts by value, words, references.

Shared by the materiality proposals and anything else that must say in a few words what a
change does ("Lowers the eligibility threshold from $20.00 to $17.50").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from amendtool.core.abbreviations import ends_with_abbreviation, spell_out
from amendtool.core.diffing import (
    DELETE,
    EQUAL,
    INSERT,
    WORK,
    ordered_common,
    tokens,
    word_diff,
)
from amendtool.core.fact_references import mask_references, references
from amendtool.core.facts import Fact, changed_facts, mask_facts
from amendtool.core.items import AmendmentItem
from amendtool.core.long_diff import lines_kept
from amendtool.core.named_once import listed, once
from amendtool.core.paragraph_reading import PARAGRAPH_BREAK
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import sentences
from amendtool.core.text_cache import bounded_cache
from amendtool.core.typography import collapse_spaces, fold_typography
from amendtool.core.unit_alignment import common_ends

_WORD = compiled(r"[A-Za-z][A-Za-z'’]*")
REWRITE_MIN_TOKENS = 80  # words, spaces and marks: shorter texts are diffed at once anyway


@dataclass
class Change:
    """What an item changes. `sentences` holds the sentences only one side has."""

    old: str
    new: str
    unit: str = "text"  # what the item cites: sentence, paragraph, "2 paragraphs", section…
    removed: list[Fact] = field(default_factory=list)
    added: list[Fact] = field(default_factory=list)
    removed_words: list[str] = field(default_factory=list)
    added_words: list[str] = field(default_factory=list)
    old_refs: list[str] = field(default_factory=list)
    new_refs: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    # (taken out, put in) as printed: a second word diff, asked for only when a reason shows
    # the changed words (a few of them), so a rewritten paragraph is diffed once
    _shown_edits: list[tuple[str, str]] | None = field(default=None, repr=False, compare=False)
    # how the edits are read when they are asked for, where a reading other than the word
    # diff's is meant (the years of names carried through the name): kept unread until then,
    # since most proposals never show the edits of a rewritten paragraph, its slowest diff
    _edits_read: Callable[[], list[tuple[str, str]]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def edits(self) -> list[tuple[str, str]]:
        if self._shown_edits is None:
            if self._edits_read is not None:
                self._shown_edits = self._edits_read()
            else:
                self._shown_edits = _edits(
                    lines_kept(self.old, fold_typography), lines_kept(self.new, fold_typography)
                )
        return self._shown_edits

    @property
    def facts(self) -> list[Fact]:
        return self.removed + self.added

    @property
    def words(self) -> list[str]:
        return self.removed_words + self.added_words

    @property
    def whole(self) -> bool:
        """A whole text added or taken out, rather than an edit of one."""
        return not self.old.strip() or not self.new.strip()

    @property
    def text(self) -> str:
        """The sentences that changed (what a reader would look at)."""
        return " ".join(self.sentences) or f"{self.old} {self.new}"


def item_texts(item: AmendmentItem) -> tuple[str, str]:
    """The old and new text an item compares (table cells joined as words)."""
    new = "\n\n".join(item.new_paragraphs) if item.new_paragraphs else item.new_text
    if item.new_section is not None:
        section = item.new_section
        new = "\n\n".join([_unnumbered(section.heading, section.number), *section.paragraphs])
    return item.old_text.replace("\t", " "), new.replace("\t", " ")


def _unnumbered(heading: str, number: str | None) -> str:
    """The heading without its own number ("7. AMENDMENTS" → "AMENDMENTS"): where the
    section stands, not a figure of the offer."""
    if not number:
        return heading
    own = re.compile(rf"^\s*(?:(?:section|item|part)\s+)?{re.escape(number)}[.:)]?\s+", re.I)
    return own.sub("", heading, count=1)


def unit_of(item: AmendmentItem) -> str:
    if item.locator.added_note:  # a note added to a paragraph: "adds a footnote"
        return item.locator.added_note
    name = item.kind.value.split("_")[-1]
    if name == "words":
        return "sentence"
    if name == "section":
        return name  # one section, however many paragraphs it holds
    if name in ("paragraph", "sentence", "table", "row"):  # a row is no "text"
        count = len(item.new_paragraphs) if not item.old_text else 1
        return name if count <= 1 else f"{count} {name}s"
    return "text"


def compare(old: str, new: str, unit: str = "text") -> Change:
    """What changed from `old` to `new`. The same comparison is asked for several times for
    each item (its proposal, the notice's paragraph on it, the checks), and again on each
    re-draft in the app for every item the typing did not touch: it is made once. Nobody
    changes a Change once made."""
    return _compared(old, new, unit)


@bounded_cache(8192)
def _compared(old: str, new: str, unit: str) -> Change:
    """The change as cited (`unit`): the facts and words are those read once for the texts,
    whatever unit each asker cites them as (the proposal a paragraph, the notice text)."""
    read = _read(old, new)
    return read if unit == read.unit else replace(read, unit=unit)


@bounded_cache(8192)
def _read(old: str, new: str) -> Change:
    WORK.changes_read += 1
    change = Change(old, new)
    change.removed, change.added = changed_facts(old, new)
    change.old_refs, change.new_refs = references(old), references(new)
    # an abbreviation and its spelled-out form ("U.S.", "United States") are the same words
    a, b = _words_around_facts(old), _words_around_facts(new)
    for op, chunk in _changed_words_of(a, b):
        if op == DELETE:
            change.removed_words += _WORD.findall(chunk)
        elif op == INSERT:
            change.added_words += _WORD.findall(chunk)
    _drop_abbreviations(change.removed_words, change.added_words)
    _drop_abbreviations(change.added_words, change.removed_words)
    change.removed_words = [w.lower() for w in change.removed_words]
    change.added_words = [w.lower() for w in change.added_words]
    before = {fold_typography(s).casefold() for s in sentences(old)}
    after = {fold_typography(s).casefold() for s in sentences(new)}
    change.sentences = [s for s in sentences(old) if fold_typography(s).casefold() not in after]
    change.sentences += [s for s in sentences(new) if fold_typography(s).casefold() not in before]
    return change


@bounded_cache(8192)
def _words_around_facts(text: str) -> str:
    """`text` folded, its abbreviations spelled out and its references and facts masked, as
    one line (read once for every item that compares it: the items of one paragraph share
    its old text). Folded paragraph by paragraph and masked before the paragraphs are joined, so
    each paragraph is read for its facts as `changed_facts` read it (core/paragraph_reading.py),
    from the same kept reading: folded whole first, a table of 20,000 rows was one paragraph,
    read a second time."""
    folded = (lines_kept(paragraph, fold_typography) for paragraph in text.split(PARAGRAPH_BREAK))
    kept = PARAGRAPH_BREAK.join(paragraph for paragraph in folded if paragraph)
    return lines_kept(mask_facts(mask_references(spell_out(kept))), collapse_spaces)


@bounded_cache(8192)
def _changed_words_of(a: str, b: str) -> tuple[tuple[int, str], ...]:
    """The words changed between two texts as `_words_around_facts` reads them, worked out
    once: items that differ only in their figures (masked) change the same words."""
    return tuple(_changed_words(a, b))


def _changed_words(a: str, b: str) -> list[tuple[int, str]]:
    """The word diff, except for a long text rewritten in other words: what lies between the
    words both texts start and end with is taken out and put in whole. Fewer than a third
    of its words are kept in order (at most), so a word diff could keep only scattered
    "the"s and "offer"s in it, and it is the slowest diff there is (seconds for a long
    revision's rewritten paragraphs, each proposal diffing them again)."""
    old, new = tokens(a), tokens(b)
    if max(len(old), len(new)) < REWRITE_MIN_TOKENS or "".join(old) != a or "".join(new) != b:
        return word_diff(a, b)
    start, end = common_ends(old, new)
    middle_a = "".join(old[start : len(old) - end])
    middle_b = "".join(new[start : len(new) - end])
    words = max(len(middle_a.split()), len(middle_b.split()))
    if not middle_a or not middle_b or ordered_common(middle_a, middle_b) * 3 >= words:
        return word_diff(a, b)
    diff = [(EQUAL, "".join(old[:start]))] if start else []
    diff += [(DELETE, middle_a), (INSERT, middle_b)]
    return diff + ([(EQUAL, "".join(old[len(old) - end :]))] if end else [])


def _edits(old: str, new: str) -> list[tuple[str, str]]:
    """Each place the words changed, as printed ("www.sec.gov" keeps its stops): what was
    taken out there and what was put in, so a reason never joins words from two places."""
    WORK.edits_read += 1
    edits: list[tuple[str, str]] = []
    removed, added = "", ""
    for op, chunk in word_diff(old, new):
        if op == DELETE:
            removed += chunk
        elif op == INSERT:
            added += chunk
        elif (removed or added) and not chunk.strip():
            removed, added = removed + chunk, added + chunk  # a space between two edits
        else:
            if removed.strip() or added.strip():
                edits.append((_trim(removed), _trim(added)))
            removed, added = "", ""
    if removed.strip() or added.strip():
        edits.append((_trim(removed), _trim(added)))
    return [(a, b) for a, b in edits if a != b]


def _trim(text: str) -> str:
    """The edit without the spaces and marks around it; an abbreviation keeps its full stop
    ("U.S.", not "U.S")."""
    joined = " ".join(text.split())
    trimmed = re.sub(r"^[\s,;:.]+|[\s,;:.]+$", "", joined)
    stopped = joined.lstrip(" ,;:.").startswith(trimmed + ".")
    return trimmed + "." if trimmed and stopped and ends_with_abbreviation(trimmed) else trimmed


def _drop_abbreviations(short: list[str], long: list[str]) -> None:
    """ "SEC" exchanged for "Securities and Exchange Commission" changes no word. The
    initials of `long` are read once (again only after a match takes words out of it), and
    each capitalised word looked for among them in one search: read again for each word,
    a long table's capitalised words against a long text's words took seconds."""
    initials: list[tuple[int, str]] | None = None
    letters = ""
    for word in [w for w in short if len(w) > 1 and w.isupper()]:
        if initials is None:
            initials = [(i, w) for i, w in enumerate(long) if w.lower() not in _JOINING]
            firsts = [w[0].upper() for _, w in initials]
            # a letter whose capital is two ("ß"): the initials are compared run by run
            letters = "".join(firsts) if all(len(f) == 1 for f in firsts) else ""
        start = letters.find(word) if letters else _initials_at(initials, word)
        if start >= 0:
            first, last = initials[start][0], initials[start + len(word) - 1][0]
            del long[first : last + 1]
            short.remove(word)
            initials = None


_JOINING = ("and", "of", "the")


def _initials_at(initials: list[tuple[int, str]], word: str) -> int:
    """Where the run of words whose initials spell `word` starts (-1: nowhere)."""
    for start in range(len(initials) - len(word) + 1):
        run = initials[start : start + len(word)]
        if "".join(w[0] for _, w in run).upper() == word:
            return start
    return -1


def what_it_does(change: Change) -> str:
    """What the item does to its text, in a few words."""
    unit = change.unit
    article = "" if unit[0].isdigit() else "a "
    if not change.old.strip():
        return f"adds {article}{unit}"
    if not change.new.strip():
        return f"takes out {article}{unit}"
    if len(change.words) <= 10:
        return shown_words(change)
    return f"rewrites the {unit}"


def shown_words(change: Change) -> str:
    """The changed words as printed, place by place: '“at the public reference room” →
    “on the website at www.sec.gov”'; 'adds “and our officers” and “Our consultants …”'."""
    if change.edits:  # each distinct edit named once (named_once.py)
        if all(not a for a, _ in change.edits):
            return "adds " + listed(f"“{b}”" for _, b in change.edits)
        if all(not b for _, b in change.edits):
            return "takes out " + listed(f"“{a}”" for a, _ in change.edits)
        return "; ".join(
            once(
                f"“{a}” → “{b}”" if a and b else f"adds “{b}”" if b else f"takes out “{a}”"
                for a, b in change.edits
            )
        )
    removed = " ".join(change.removed_words)
    added = " ".join(change.added_words)
    if removed and added:
        return f"“{removed}” → “{added}”"
    if removed:
        return f"takes out “{removed}”"
    if added:
        return f"adds “{added}”"
    return "rewords"


def clear_caches() -> None:
    """For benchmarks that measure a first, cold draft."""
    _compared.cache_clear()
    _read.cache_clear()
    _words_around_facts.cache_clear()
    _changed_words_of.cache_clear()
