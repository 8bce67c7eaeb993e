"""Whether the plain notice tells employees a change leaves their rights as they were
("This does not change your rights", "Nothing in the offer changes"). The notice may say
so only of a change classed clarifying: a change classed material, consideration or an
extension may change rights, so a paragraph that says otherwise (the tool's or counsel's
own) is an error the check names. The sentences are the firm's (resources/plain/
unchanged.toml)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from amendtool.core.amendment import Amendment
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import Materiality, letter
from amendtool.core.offer_names import audience
from amendtool.core.resource_toml import read_toml
from amendtool.core.rule_words import Words
from amendtool.core.segment import sentences
from amendtool.resources import resource_path

CODE = "rights_unchanged"
PAY_CODE = "plain_pay_unchanged"


@dataclass(frozen=True)
class _Unchanged:
    """A phrase, or a negation, verb and object in that order, says rights are unchanged."""

    phrases: Words
    said: re.Pattern[str] | None  # a negation, then a verb, then an object, a few words apart
    partial: Words
    objects: Words  # the last of the three: a text without one is not searched for `said`


@cache
def _unchanged() -> _Unchanged:
    data = read_toml(resource_path("plain", "unchanged.toml"))
    words = [Words(data.get(k, [])) for k in ("negations", "verbs", "objects")]
    lists = [w.pattern for w in words]
    said = None
    if all(lists):
        near = r"(?:\W+[\w'’-]+){0,4}?\W+"  # "does not change any of your rights"
        said = re.compile(near.join(p.pattern for p in lists if p), re.IGNORECASE)
    phrases, partial = Words(data.get("phrases", [])), Words(data.get("partial", []))
    return _Unchanged(phrases, said, partial, words[2])


def says_unchanged(text: str) -> str | None:
    """The first sentence of `text` that says a change leaves rights as they were, or None."""
    lists = _unchanged()
    if not _may_say(lists, text):
        return None
    for sentence in sentences(text):
        if lists.partial.search(sentence):
            continue  # "Nothing else changes": what the change leaves alone beside it
        folded = sentence.replace("’", "'")
        if lists.phrases.search(sentence) or (lists.said and lists.said.search(folded)):
            return " ".join(sentence.split())
    return None


def _may_say(lists: _Unchanged, text: str) -> bool:
    """Whether a sentence of `text` may say so: what a sentence holds, the text holds (a
    sentence's edges are the text's spaces), so a text without a phrase or a negation, verb
    and object in order (most of the notice's paragraphs) is not split into its sentences.
    A text without an object ("rights", "terms") is not searched for the three at all."""
    if lists.phrases.search(text) is not None:
        return True
    if lists.said is None or lists.objects.search(text) is None:
        return False
    return lists.said.search(text.replace("’", "'")) is not None


def check_rights_unchanged(amendment: Amendment) -> list[Finding]:
    """An error for each paragraph on the changes that says rights are unchanged while a
    change it speaks for is classed other than clarifying (by the rules or by counsel)."""
    from amendtool.core.plain_change_paragraphs import plain_paragraphs

    items = amendment.change_items
    filing = amendment.filing
    readers = audience(amendment.wording, filing.document_title, filing.notice_to)
    findings = []
    for paragraph in plain_paragraphs(amendment):
        classed = [i for i in paragraph.items if items[i].materiality is not Materiality.CLARIFYING]
        if not classed:
            continue  # a clarifying change leaves rights alone: its words are not read
        said = says_unchanged(paragraph.text)
        if said is None:
            continue
        index = classed[0]
        item = items[index]
        whose = "counsel's class" if item.counsel_materiality else "the proposed class"
        writer = "counsel's" if paragraph.summary.counsel else "the tool's"
        findings.append(
            Finding(
                ERROR,
                CODE,
                f"item {letter(index)}: the notice's plain paragraph ({writer}) says “{said}”, "
                f"but the change is classed {item.materiality.value} ({whose}), not "
                f"clarifying, and may change rights: say what it changes for {readers}, or "
                "class it clarifying",
                index,
            )
        )
    return findings


@cache
def _pay_phrases() -> Words:
    data = read_toml(resource_path("plain", "unchanged.toml"))
    return Words(data.get("pay_phrases", []))


def check_pay_unchanged(amendment: Amendment) -> list[Finding]:
    """An error for each paragraph on the changes that says what holders receive is
    unchanged while a change it speaks for moves a price or an exchange ratio (what the
    tool reads in the change, whoever wrote the paragraph): the paragraph contradicts the
    change, and the notice's readers would not know which sentence to believe."""
    from amendtool.core.plain_change_paragraphs import plain_paragraphs
    from amendtool.core.plain_meanings import pays

    items = amendment.change_items
    findings = []
    for paragraph in plain_paragraphs(amendment):
        if not _pay_phrases().search(paragraph.text):
            continue  # nor does any sentence of it (said above)
        said = next((s for s in sentences(paragraph.text) if _pay_phrases().search(s)), None)
        if said is None:
            continue
        for index in paragraph.items:
            tool = amendment.plain_summary(
                dataclasses.replace(items[index], plain_override=None, plain_basis=None)
            )
            moved = next((c for c in tool.facts if not c.history and pays(c)), None)
            if moved is None:
                continue
            writer = "counsel's" if paragraph.summary.counsel else "the tool's"
            findings.append(
                Finding(
                    ERROR,
                    PAY_CODE,
                    f"item {letter(index)}: the notice's plain paragraph ({writer}) says "
                    f"“{' '.join(said.split())}”, but the change makes the {moved.label} "
                    f"{moved.new} (it was {moved.old}): say what it changes, or take the "
                    "sentence out",
                    index,
                )
            )
            break
    return findings
