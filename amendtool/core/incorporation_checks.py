"""The law the issuer is organised under, as the offer says it ("Acme, Inc., a Delaware
corporation") against the filing details' state of incorporation and against the revised
offer: the cover page of the Schedule TO prints the filing details' state, so a mismatch
would file two states for one issuer. A warning naming both places, never an error (the
phrase may be read wrongly); the lists and messages are in resources/checks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from amendtool.core.amendment import Amendment
from amendtool.core.filing_fields import named
from amendtool.core.findings import WARNING, Finding
from amendtool.core.model import Document, SectionKind
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.core.segment import split_sentences
from amendtool.core.text_cache import kept_by_content
from amendtool.resources import resource_path

INCORPORATION = "incorporation"
_NEAR = 150  # the issuer named at most this many characters before the phrase
# another entity named between the issuer and the phrase makes the phrase that entity's
_OTHER_ENTITY = compiled(r"\b(?:Inc|Corp|Co|Ltd|L\.?P|LLC|N\.A)\b\.?")
# "we are a Delaware corporation", "the Company was incorporated in Maryland"
_WE = compiled(
    r"\b(?:we|the company)\s+(?:are|were|is|was)\s+(?:(?:originally|also|now)\s+)?$", re.I
)


@dataclass(frozen=True)
class Said:
    """A phrase naming the issuer's state, and where it is printed."""

    state: str
    phrase: str
    place: str


@cache
def _rules() -> dict[str, Any]:
    return read_toml(resource_path("checks", "incorporation.toml"))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    rules = _rules()
    states = "|".join(re.escape(s) for s in sorted(rules["jurisdictions"], key=len, reverse=True))
    entities = "|".join(re.escape(e) for e in sorted(rules["entities"], key=len, reverse=True))
    return (
        compiled(rf"\ban?\s+(?P<state>{states})\s+(?:{entities})\b"),
        compiled(
            rf"\b(?:incorporated|organized|organised|formed)\s+(?:under\s+the\s+laws\s+of|in)"
            rf"\s+(?:the\s+(?:State|Commonwealth)\s+of\s+)?(?P<state>{states})\b"
        ),
    )


def stated(document: Document, names: list[str]) -> list[Said]:
    """Each phrase of the document that says under which law the issuer (one of `names`,
    or "we") is organised."""
    found = []
    for section in document.sections:
        for paragraph in section.paragraphs:
            text = paragraph.text
            if not _may_state(text):
                continue  # no phrase of the kind anywhere in it: its sentences hold none
            for start, end in split_sentences(text):
                for state, phrase in _issuer_states((text[start:end], *names)):
                    page = paragraph.page_at(start)
                    where = section.name + (f" on page {page}" if page else "")
                    if section.kind == SectionKind.FRONT:  # named, never paged
                        where = "the cover page"
                    found.append(Said(state, phrase, where))
    return found


@kept_by_content
def _may_state(text: str) -> bool:
    """Whether a paragraph holds a phrase of `_patterns` at all; a sentence is read only
    within one that does (its sentences begin and end between words, so a phrase a
    sentence holds the paragraph holds too)."""
    return any(pattern.search(text) for pattern in _patterns())


@kept_by_content
def _issuer_states(asked: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(state, phrase) for each phrase of the sentence (`asked[0]`) saying under which law
    the issuer (one of `asked[1:]`, or "we") is organised: read once for each sentence, which
    the original and the revision mostly share."""
    sentence, names = asked[0], list(asked[1:])
    return tuple(
        (match.group("state"), match.group(0))
        for pattern in _patterns()
        for match in pattern.finditer(sentence)
        if _about_issuer(sentence[: match.start()], names)
    )


def _about_issuer(before: str, names: list[str]) -> bool:
    if _WE.search(before):
        return True
    ends = [before.rfind(n) + len(n) for n in names if n and n in before]
    if not ends:
        return False
    end = max(ends)
    gap = before[end:]
    return len(gap) <= _NEAR and not _OTHER_ENTITY.search(gap)


def incorporation_findings(amendment: Amendment) -> list[Finding]:
    """The original against the filing details, and the revised offer against both."""
    filing = amendment.filing
    names = [n for n in (filing.issuer_name, filing.issuer_short_name) if n]
    messages = _rules()["messages"]
    state = (filing.state_of_incorporation or "").strip()
    original = stated(amendment.original, names)
    revised = stated(amendment.revised, names)
    findings = []
    field = named("issuer", "state_of_incorporation")
    said_by_original = {s.state.lower() for s in original}
    for said in original:
        if state and said.state.lower() != state.lower():
            message = messages["filing"].format(
                said=said.phrase, place=said.place, field=field, state=state
            )
            findings.append(Finding(WARNING, INCORPORATION, message))
            break
    for said in revised:
        if original and said.state.lower() not in said_by_original:
            message = messages["revised"].format(
                said=original[0].phrase,
                place=original[0].place,
                revised_said=said.phrase,
                revised_place=said.place,
            )
            findings.append(Finding(WARNING, INCORPORATION, message))
            break
        if not original and state and said.state.lower() != state.lower():
            message = messages["revised_filing"].format(
                said=said.phrase, place=said.place, field=field, state=state
            )
            findings.append(Finding(WARNING, INCORPORATION, message))
            break
    return findings
