"""What the plain notice says of a changed figure, read against the sentence of the offer that
states it: whose it is ("The exercise price of the Old Options is now $5.50" where that
sentence gives the price to the Repriced Options, or to no owner it names), and whose minimum
it is (a minimum condition of the offer, a least number all holders tender together, told as a
least number each holder may tender). Either tells readers a term the offer does not have, so
each is an error, in the tool's paragraph or counsel's. The words are the firm's
(resources/plain/owners.toml [claims]; the condition's words are rules.toml [figure_names])."""

from __future__ import annotations

import re
from functools import cache

from amendtool.core.amendment import Amendment
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import AmendmentItem, letter
from amendtool.core.materiality_rules import house_table
from amendtool.core.plain_facts import FactChange, fact_changes
from amendtool.core.plain_owners import owner_nouns, term_before_at
from amendtool.core.resource_toml import read_toml
from amendtool.core.rule_words import Words
from amendtool.core.segment import sentences
from amendtool.resources import resource_path

OWNER_CODE = "plain_owner"
CONDITION_CODE = "plain_condition"
_BOUNDS = ("minimum ", "maximum ")


def check_figure_claims(amendment: Amendment) -> list[Finding]:
    """An error for each item whose paragraph names another owner of a changed figure than
    its sentence does, or tells a minimum condition as each holder's minimum."""
    from amendtool.core.plain_change_paragraphs import plain_paragraphs

    items = amendment.change_items
    findings: list[Finding] = []
    said: set[tuple[int, str]] = set()
    for paragraph in plain_paragraphs(amendment):
        writer = "counsel's" if paragraph.summary.counsel else "the tool's"
        for index in paragraph.items:
            for code, wrong in _claims(paragraph.text, items[index]):
                if (index, code) in said:
                    continue
                said.add((index, code))
                message = f"item {letter(index)}: the notice's plain paragraph ({writer}) {wrong}"
                findings.append(Finding(ERROR, code, message, index))
    return findings


def _claims(text: str, item: AmendmentItem) -> list[tuple[str, str]]:
    if not (item.old_text and item.new_text):
        return []
    changes, _ = fact_changes(item.old_text, item.new_text)
    out = []
    for change in changes:
        stating = [s for s in sentences(text) if _states(s, change.new)]
        for sentence in stating:
            if wrong := _owner_claim(sentence, change, _context(item, change)):
                out.append((OWNER_CODE, wrong))
            if wrong := _condition_claim(sentence, change):
                out.append((CONDITION_CODE, wrong))
    return out


def _states(sentence: str, printed: str) -> bool:
    """Whether the sentence states the figure ("$5.50" of "$5.50 per share")."""
    figure = printed.split()[0].rstrip(".,;") if printed.split() else ""
    if not figure:
        return False
    return re.search(rf"(?<![\w.,]){re.escape(figure)}(?![\w]|[.,]\d)", sentence) is not None


@cache
def _owner_named() -> re.Pattern[str] | None:
    """A noun of the firm's owners list and the defined term named as its owner ("exercise
    price of the Old Options"); a name not in capitals is no term the check can read."""
    nouns = "|".join(r"\s+".join(map(re.escape, n.split())) for n in owner_nouns())
    if not nouns:
        return None
    return re.compile(
        rf"\b(?i:(?P<noun>{nouns}))\s+(?:of|on)\s+(?:(?i:the|each|your|our|its|their|all)\s+)?"
        r"(?P<name>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)"
    )


def _context(item: AmendmentItem, change: FactChange) -> str:
    """Where the offer states the figure: its sentence, its paragraph, and the headings, row
    and question it stands under (an owner named there is the offer's, not invented)."""
    loc = item.locator
    parts = (change.sentence, change.column, change.row, change.group, change.sub, item.new_text)
    return " ".join(filter(None, (*parts, loc.question, loc.row_caption, loc.section_name)))


def _owner_claim(sentence: str, change: FactChange, context: str) -> str:
    """What is wrong with the owner the sentence names for the figure, or "": another than
    the offer's sentence gives it, another phrase's term, or one the offer does not name
    where it states the figure."""
    pattern = _owner_named()
    for found in pattern.finditer(sentence) if pattern else ():
        noun, name = found["noun"].lower(), found["name"]
        said = f"“{found.group(0)}”"
        owner = _owner_of(change, noun)
        if owner is not None:
            if _same(owner, name):
                continue
            return (
                f"says {said}, but the offer's sentence states the {noun} of {owner}: say whose "
                "it is as the offer does"
            )
        at = change.sentence.find(change.new)
        other = term_before_at(change.sentence, at) if at >= 0 else None
        if other and _same(other, name):
            return (
                f"says {said}, but in the offer's sentence “{other}” names other securities "
                f"than those with this {noun}: say whose it is as the offer does"
            )
        if not _named_in(name, context):
            return (
                f"says {said}, but the offer does not name the {name} where it states "
                f"it: say whose {noun} it is as the offer does"
            )
    return ""


def _owner_of(change: FactChange, noun: str) -> str | None:
    """The owner the change's own reading gives the figure ("the Repriced Options"), or None
    where it gives none (its words name none, or it is named another way)."""
    label = change.label
    for bound in _BOUNDS:
        label = label.removeprefix(bound)
    found = re.match(rf"^{re.escape(noun)}\s+(?:of|on)\s+(?P<owner>.+)$", label, re.I)
    if change.unowned or not found or found["owner"].islower():
        return None  # none, or a common noun ("the options") a defined term may well name
    return found["owner"]


def _same(owner: str, name: str) -> bool:
    """Whether two names of securities are one ("the Repriced Options", "Repriced Option")."""

    def bare(words: str) -> str:
        kept = [w for w in words.lower().split() if w not in ("the", "each", "your", "our")]
        return " ".join(kept).removesuffix("s")

    return bare(owner) == bare(name)


def _named_in(name: str, sentence: str) -> bool:
    stem = re.escape(name.rstrip("s"))
    return re.search(rf"\b{stem}s?\b", sentence, re.I) is not None


def _condition_claim(sentence: str, change: FactChange) -> str:
    """What is wrong with a minimum condition said as each holder's least tender, or ""."""
    if change.kind not in ("count", "percent", "money") or not _condition(change.sentence):
        return ""
    each = _each_holder().search(sentence)
    if not each:
        return ""
    return (
        f"says “{each}” of {change.new}, but the offer's sentence makes it a condition of the "
        "offer on the total tendered by all holders, not a least number each may tender: say "
        "it as the condition"
    )


def _condition(sentence: str) -> bool:
    return _condition_words().search(sentence) is not None


@cache
def _condition_words() -> Words:
    """Words that make a least number a condition of the offer ("conditioned on")."""
    return Words([str(w) for w in (house_table("figure_names") or {}).get("condition", [])])


@cache
def _each_holder() -> Words:
    """Words that make a least number each holder's own ("you may tender", "each holder")."""
    data = read_toml(resource_path("plain", "owners.toml"))
    return Words([str(w) for w in data.get("claims", {}).get("each_holder", [])])
