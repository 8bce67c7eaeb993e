"""Counsel's plain paragraph read against what the offer states and its change leaves alone.

A paragraph on a price change that also says "The offer now ends at 11:59 p.m., Eastern
Time" in an offer whose times are Pacific Time tells employees a deadline three hours early,
and one that says "within 15 days after the offer ends" where the offer says "within 30 days
after the expiration date" contradicts a term no change touched. Each is an error: the
notice is the one document written for them. A moment the offer states (in any zone) and a
figure it states in the same words pass. The words are the firm's
(resources/plain/unchanged_terms.toml)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from amendtool.core.facts import Fact, extract, extract_placed
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.core.segment import sentences
from amendtool.core.stated_deadlines import StatedDeadline, deadlines
from amendtool.resources import resource_path

_ZONE_SAID = compiled(r"\b(Eastern|Central|Mountain|Pacific)\b", re.IGNORECASE)


@cache
def _data() -> dict[str, Any]:
    return read_toml(resource_path("plain", "unchanged_terms.toml"))


def _zone(stated: StatedDeadline) -> str:
    return str(getattr(stated.moment.tzinfo, "key", stated.moment.tzinfo))


def zones_said(
    paragraph: str, known: str, old: str, new: str, offer: Sequence[str] = ()
) -> list[str]:
    """Each deadline `paragraph` states in a zone other than the offer's (read in `known`, the
    offer's deadline as the notice states it) at a moment neither the change nor the offer
    states, one line each."""
    ours = deadlines(known, "UTC")
    if not ours or not paragraph:
        return []
    zone = _zone(ours[0])
    foreign = [s for s in deadlines(paragraph, zone) if _zone(s) != zone]
    if not foreign:
        return []
    stated = {s.moment for text in (known, old, new, *offer) for s in deadlines(text, zone)}
    words = _data()["messages"]
    out = []
    for said in foreign:
        if said.moment in stated:
            continue  # the same moment, or a time the offer itself gives in that zone
        offer_zone = _named(ours[0].text)
        off = said.moment.replace(tzinfo=ours[0].moment.tzinfo) - said.moment
        hours = abs(off.total_seconds()) / 3600
        count = f"{hours:g} {words['hour' if hours == 1 else 'hours']}"
        message = words["zone"].format(
            says=said.text,
            zone=_named(said.text),
            offer_zone=offer_zone,
            hours=count,
            way=words["earlier" if off.total_seconds() > 0 else "later"],
        )
        out += [message] if message not in out else []
    return out


def _named(text: str) -> str:
    """The zone a deadline names, as "Pacific Time"."""
    found = _ZONE_SAID.search(text)
    return f"{found.group(1).title()} Time" if found else "the offer's zone"


def terms_contradicted(
    old: str, new: str, paragraph: str, offer: Sequence[str]
) -> list[tuple[str, str]]:
    """Each figure `paragraph` states that neither `old` nor `new` states, where the offer
    states another figure of its kind in the same words ("within 30 days after"): the figure
    as printed and the line saying so."""
    data = _data()
    kinds, common = frozenset(data["kinds"]), frozenset(data["common"])
    changed = {_value(f) for f in extract(old) + extract(new)}
    out: list[tuple[str, str]] = []
    for sentence in sentences(paragraph):
        masked, placed = extract_placed(sentence)
        for span, fact in placed:
            if fact.kind not in kinds or _value(fact) in changed:
                continue
            before, after = _beside(masked, span)
            if {before, after} <= common | {""}:
                continue
            said = _in_offer(fact, before, after, offer)
            if said is not None:
                other, words = said
                message = data["messages"]["term"].format(
                    figure=fact.text, offer=other.text, words=words
                )
                out += [(fact.text, message)] if (fact.text, message) not in out else []
    return out


def _value(fact: Fact) -> tuple[str, str, str]:
    return fact.kind, fact.value, fact.unit.lower()


def _beside(text: str, span: tuple[int, int]) -> tuple[str, str]:
    """The word right before a figure and the one right after it, in small letters."""
    before = re.findall(r"[\w'-]+", text[: span[0]])
    after = re.findall(r"[\w'-]+", text[span[1] :])
    return (before[-1].lower() if before else ""), (after[0].lower() if after else "")


def _in_offer(fact: Fact, before: str, after: str, offer: Sequence[str]) -> tuple[Fact, str] | None:
    """The offer's other figure of `fact`'s kind between the same words, and those words as
    it prints them; None where the offer states `fact` itself there, or no such figure."""
    found = None
    for text in offer:
        lowered = text.lower()
        if before not in lowered or after not in lowered:
            continue  # most paragraphs: not read
        masked, placed = extract_placed(text)
        for span, other in placed:
            if (other.kind, other.unit.lower()) != (fact.kind, fact.unit.lower()):
                continue
            if _beside(masked, span) != (before, after):
                continue
            if other.value == fact.value:
                return None  # the offer says it so too
            start = masked.rfind(" ", 0, max(0, span[0] - len(before) - 1)) + 1
            end = masked.find(" ", span[1] + len(after) + 1)
            found = found or (other, masked[start : end if end > 0 else None].strip(" ,.;"))
    return found
