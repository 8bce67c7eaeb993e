"""A check of the notice's paragraphs (counsel's or the tool's) on what their words of change
say the change did: "We removed a condition. The offer no longer depends on …" on an item
that inserts the condition tells employees the opposite of the filing, as does "We removed
this condition" on one that raises its threshold from 15% to 20%. The item's words taken
out and put in (a word diff of its old and new text) are what it does; a paragraph's
sentence that says words came or went against them is an error. "No longer" is judged
only against a "not" taken out ("You no longer need to deliver" where "need not" became
"must"): a rewrite or an insertion may well narrow what the offer allowed. Words inside
quotation marks are the offer's own and never read. The words are the firm's
(resources/plain/change_told.toml)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from amendtool.core.amendment import Amendment
from amendtool.core.changes import item_texts
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import AmendmentItem, ItemKind, letter
from amendtool.core.plain_kind_sentences import first_words
from amendtool.core.resource_toml import read_toml
from amendtool.core.rule_words import Words
from amendtool.core.segment import sentences
from amendtool.resources import resource_path

CODE = "plain_change_told"
# items whose words neither come nor go: a move, a renumbering, a heading made or unmade
# (a moved sentence's halves are judged by plain_sentence_move_check.py), and an exhibit
_SKIPPED = frozenset(
    {
        ItemKind.MOVE_PARAGRAPH,
        ItemKind.RENUMBER_SECTIONS,
        ItemKind.RENUMBER_PARAGRAPHS,
        ItemKind.MAKE_HEADING,
        ItemKind.MAKE_PARAGRAPH,
        ItemKind.FILE_EXHIBIT,
    }
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_WORD = re.compile(r"[\w$%]+(?:[.,'’-][\w$%]+)*")


@dataclass(frozen=True)
class _Told:
    """The firm's lists and messages."""

    added: Words
    removed: Words
    lifted: Words
    changed: Words
    negations: frozenset[str]
    messages: dict[str, str]


@cache
def _told() -> _Told:
    data = read_toml(resource_path("plain", "change_told.toml"))
    negations = frozenset(w.lower() for n in data.get("negations", []) for w in n.split())
    return _Told(
        added=Words(data.get("added", [])),
        removed=Words(data.get("removed", [])),
        lifted=Words(data.get("lifted", [])),
        changed=Words(data.get("changed", [])),
        negations=negations,
        messages=data["messages"],
    )


@dataclass
class _Does:
    """What the items of one paragraph do to the offer's words, taken together."""

    out: list[str]  # words taken out
    put: list[str]  # words put in
    text: str = ""  # the opening of what the first of them puts in, or else takes out


def _does(pairs: Iterable[tuple[str, str]]) -> _Does:
    does = _Does([], [])
    for old, new in pairs:
        was, now = _WORD.findall(old.lower()), _WORD.findall(new.lower())
        matcher = difflib.SequenceMatcher(None, was, now, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                does.out += was[i1:i2]
                does.put += now[j1:j2]
        does.text = does.text or first_words(new or old)
    return does


def _wrong(does: _Does, paragraph: str) -> str | None:
    """The message on the first sentence of `paragraph` that says words came or went against
    what `does` shows; None where every sentence is true of it."""
    told = _told()
    negations = told.negations
    lifts = any(w in negations for w in does.put) and not any(w in negations for w in does.out)
    restores = any(w in negations for w in does.out) and not any(w in negations for w in does.put)
    unquoted = _QUOTED.sub(" ", paragraph)
    replaced = told.added.search(unquoted) or told.changed.search(unquoted)
    for sentence in sentences(paragraph):
        own = _QUOTED.sub(" ", sentence)
        lifted = told.lifted.search(own)
        wrong = None
        if lifted and restores:
            wrong = "restores"
        elif told.removed.search(own) and not lifts:
            if not does.out:
                wrong = "adds"
            elif does.put and not replaced:
                wrong = "replaces"
        elif told.added.search(own) and not does.put and not restores:
            wrong = "removes"
        if wrong:
            messages = told.messages
            return messages["wrong"].format(
                says=" ".join(sentence.split()), does=messages[wrong], text=does.text
            )
    return None


def told_wrongly(old: str, new: str, paragraph: str) -> list[str]:
    """What `paragraph` says a change from `old` to `new` did that it does not ("" for the
    text of an insertion or a deletion), at most one line."""
    if not _says_a_change(paragraph):
        return []
    wrong = _wrong(_does([(old, new)]), paragraph)
    return [] if wrong is None else [wrong]


def _says_a_change(paragraph: str) -> bool:
    """Whether `paragraph` has a word of change at all (most do not: no diff is made)."""
    told, text = _told(), _QUOTED.sub(" ", paragraph)
    return any(w.search(text) for w in (told.added, told.removed, told.lifted))


def _judged(item: AmendmentItem, amendment: Amendment) -> bool:
    from amendtool.core.moved_sentences import sentences_moved

    if item.kind in _SKIPPED:
        return False
    return sentences_moved(item, amendment.original, amendment.revised) is None


def check_change_told(amendment: Amendment) -> list[Finding]:
    """An error for each paragraph of the notice whose words of change contradict what its
    items do, named on the first of them."""
    from amendtool.core.plain_change_paragraphs import plain_paragraphs

    items = amendment.change_items
    findings = []
    for paragraph in plain_paragraphs(amendment):
        if not paragraph.items or not _says_a_change(paragraph.text):
            continue
        judged = [items[i] for i in paragraph.items]
        if not all(_judged(item, amendment) for item in judged):
            continue
        wrong = _wrong(_does(item_texts(item) for item in judged), paragraph.text)
        if wrong is None:
            continue
        index = paragraph.items[0]
        writer = "counsel's" if paragraph.summary.counsel else "the tool's"
        message = f"item {letter(index)}: the notice's plain paragraph ({writer}) {wrong}"
        findings.append(Finding(ERROR, CODE, message, index))
    return findings
