"""The plain notice's paragraphs on the changes (notice style "plain", SPEC §2): one short
headed paragraph per change, or one for a change made the same way in several places, each
headed by what it is about and naming where it was made; plain_notice.py sets them in the
notice between the answers and "The exact changes"."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from amendtool.core.amended_names import (
    AmendedNames,
    amended_names,
    placed_as_amended,
    question_now,
    section_heading,
)
from amendtool.core.amendment import Amendment
from amendtool.core.built_once import built
from amendtool.core.items import AmendmentItem
from amendtool.core.model import SectionKind
from amendtool.core.plain_exchange_terms import in_offer_words
from amendtool.core.plain_fact_sentences import sentence_name
from amendtool.core.plain_facts import FactChange
from amendtool.core.plain_groups import change_groups, fact_key
from amendtool.core.plain_meanings import pays
from amendtool.core.plain_places import places_said
from amendtool.core.plain_summary import (
    PlainSummary,
    Voice,
    change_sentence,
    fact_sentences,
    plain_words,
    summary_text,
)
from amendtool.core.plain_units import best_name
from amendtool.core.templates import fill


@dataclass(frozen=True)
class PlainParagraph:
    """One headed paragraph of the notice and the change items (0-based) it explains."""

    heading: str
    text: str
    items: tuple[int, ...]
    summary: PlainSummary
    places: str = ""  # where a change made in several places was made
    writer: int | None = None  # the item counsel writes on to replace it, when not the first


def plain_paragraphs(amendment: Amendment) -> list[PlainParagraph]:
    """A paragraph per change; a change the tool states in facts alone and finds made in the
    same way in several places ("$20.00" to "$17.50" on the cover, in the summary …) is one
    paragraph naming every place. Read once while the outputs and checks are made."""
    return built(amendment, "plain_paragraphs", lambda: _plain_paragraphs(amendment))


def _plain_paragraphs(amendment: Amendment) -> list[PlainParagraph]:
    voice = voice_of(amendment)
    w = voice.words
    changes = amendment.change_items
    summaries = [amendment.plain_summary(item, voice) for item in changes]
    tool = {
        i: _tool_summary(item, amendment, voice)
        for i, item in enumerate(changes)
        if summaries[i].counsel
    }
    counsel_facts = {i: s.facts for i, s in tool.items()}  # what the tool reads in them
    unfinished = frozenset(i for i, s in tool.items() if not s.complete)
    out = []
    groups = change_groups(summaries, changes, counsel_facts, unfinished)
    names = amended_names(changes)  # what the amended offer calls each section and question
    placed = placed_as_amended(changes, names)  # where each change is, as it now reads
    # "We also corrected …" only when something else is said before or beside it
    only = "_only" if all(g.wording for g in groups) else ""
    for group in groups:
        summary = summaries[group.items[0]]
        numbers = _numbers(list(group.items), w)
        if group.wording:
            places = places_said([placed[i] for i in group.items], w)
            text = fill(w["corrected_wording_places" + only], places=places)
            heading = fill(w["corrections_heading"], numbers=numbers)
            merged = dataclasses.replace(summary, text=text)
            out.append(PlainParagraph(heading, text, group.items, merged))
            continue
        if group.lead is not None:  # counsel's words, for every place making the change
            facts = counsel_facts[group.lead]
            # the group's one paragraph, in place of the tool's and all it said (plain_shared.py)
            text = summaries[group.lead].text
            summary = dataclasses.replace(summaries[group.lead], facts=facts, text=text)
            heading = w["change_heading"].format(
                where=_about(changes[group.lead], facts, w, voice, names), numbers=numbers
            )
            places = places_said([placed[i] for i in group.items], w)
            said = w["places"] if len(group.items) > 1 else w["place_one"]
            out.append(
                PlainParagraph(
                    heading,
                    summary.text,
                    group.items,
                    summary,
                    fill(said, places=places),
                )
            )
            continue
        if group.renamed and len(group.items) > 1:  # one rename made in several places
            about = _about(changes[group.items[0]], summary.facts, w, voice, names)
            heading = w["change_heading"].format(where=about, numbers=numbers)
            places = places_said([placed[i] for i in group.items], w)
            said = fill(w["places"], places=places)
            out.append(PlainParagraph(heading, summary.text, group.items, summary, said))
            continue
        if len(group.items) == 1:
            index = group.items[0]
            if group.keys is not None:  # its other changes are said with the places making them
                summary = _own_part(amendment, index, summary, group.keys, voice)
            about = _about(changes[index], summary.facts, w, voice, names)
            heading = w["change_heading"].format(where=about, numbers=numbers)
            place = places_said([placed[index]], w, summary.pages)
            out.append(
                PlainParagraph(
                    heading, summary.text, group.items, summary, fill(w["place_one"], places=place)
                )
            )
            continue
        keys = group.keys or ()
        chosen: list[FactChange] = []
        for key in keys:
            made = [
                (i, c)
                for i in group.items
                for c in summaries[i].facts
                if fact_key(changes[i], c) == key
            ]
            best = max((c for _, c in made), key=lambda c: (c.specific, len(c.label)))
            if best.kind == "money":  # the fullest measure with the fullest unit
                labels = [c.label for _, c in made]
                named = [c.label for _, c in made if c.specific]
                best = dataclasses.replace(best, label=best_name(named or labels))
            # named when any place names it; else counsel names it here as in every item
            chosen.append(dataclasses.replace(best, specific=any(c.specific for _, c in made)))
        # a change of the paragraph that also moves the price is no change leaving it alone
        paid = any(pays(c) for i in group.items for c in summaries[i].facts if not c.history)
        sentences = fact_sentences(chosen, amendment.wording, voice=voice, paid=paid)
        sentences += _reworded(group.reworded, placed, w)  # for counsel to explain
        text = " ".join(sentences)
        places = w["places"].format(
            count=len(group.items), places=places_said([placed[i] for i in group.items], w)
        )
        first = chosen[0]
        label = in_offer_words(first.label, voice.terms)
        # the name its sentence says ("The minimum exercise price of eligible options is
        # now …"), never a placeholder over a sentence that names it
        said, unnamed = sentence_name(first, voice.terms)
        if first.kind == "document" and "renamed_document_heading" in w:
            # a form renamed is headed by its names, which say which document it is
            label = fill(w["renamed_document_heading"], new=first.new, old=first.old)
        elif not first.specific and not first.row and not unnamed:
            label = said
        elif not first.specific:
            label = fill(w["unnamed_heading"], label=label)
        titled = label
        heading = w["change_heading"].format(where=_capital(titled), numbers=numbers)
        merged = dataclasses.replace(summary, text=text, facts=tuple(chosen))
        writer = group.reworded[0] if group.reworded else None
        out.append(PlainParagraph(heading, text, group.items, merged, places, writer))
    return out


def _reworded(items: tuple[int, ...], changes: list[AmendmentItem], w: dict[str, Any]) -> list[str]:
    """What else the places of a shared change changed, which counsel is to explain."""
    if not items:
        return []
    places = places_said([changes[i] for i in items], w)
    return [fill(w["also_reworded_in"], places=places), w["placeholder"]]


def _tool_summary(item: AmendmentItem, amendment: Amendment, voice: Voice) -> PlainSummary:
    """The tool's paragraph on an item counsel wrote on: what the tool reads in its change."""
    from amendtool.core.plain_summary import summarise

    return summarise(
        dataclasses.replace(item, plain_override=None, plain_basis=None), amendment.wording, voice
    )


def _about(
    item: AmendmentItem,
    facts: tuple[FactChange, ...],
    w: dict[str, Any],
    voice: Voice,
    names: AmendedNames,
) -> str:
    """What a change is about, in plain words, for its heading: what its first named figure
    measures ("Cut-off date for eligible RSUs"), else the question it answers ("How do I
    withdraw my election?"), else its section's title without its number ("Withdrawal
    Rights"); the cover page is the offer itself. Questions and titles as the amended offer
    prints them (amended_names.py): a question put in is headed by itself."""
    named = [c.label for c in facts if c.specific and not c.history and not c.row]
    if named:  # a paragraph on two figures (counsel's, on a cover changing both) names both
        labels = [in_offer_words(label, voice.terms) for label in dict.fromkeys(named)]
        return _capital(_and(labels[:2]))
    if question := question_now(item, names):
        return question
    if item.locator.section_kind == SectionKind.FRONT:
        return str(w["about_cover"])
    return section_heading(item, names, w) or str(w["about_cover"])


def _own_part(
    amendment: Amendment,
    index: int,
    summary: PlainSummary,
    keys: tuple[tuple[str, str, str], ...],
    voice: Voice,
) -> PlainSummary:
    """The paragraph on an item without the changes said in the paragraph naming every place
    that makes them: its own facts, and what else changed there (for counsel to explain)."""
    item = amendment.change_items[index]
    w = voice.words
    own = tuple(c for c in summary.facts if fact_key(item, c) in keys)
    sentences = fact_sentences(own, amendment.wording, voice=voice)
    if not summary.complete:
        if not own:  # what kind of change it is, from its words
            sentences.append(change_sentence(item, w))
        elif w["also_reworded"] in summary.text:
            sentences.append(w["also_reworded"])
        if w["placeholder"] in summary.text:
            sentences.append(w["placeholder"])
    return dataclasses.replace(summary, text=summary_text(sentences), facts=own)


def voice_of(amendment: Amendment) -> Voice:
    """The notice's sentences and words for this offer (see plain_summary.Voice)."""
    from amendtool.core.filing_document import offer_terms

    words = plain_words(
        amendment.wording, amendment.filing.document_title, amendment.filing.notice_to
    )
    from amendtool.core.offer_zone import offer_zone

    return Voice(
        words,
        offer_terms(amendment),
        amendment.original,
        offer_zone(amendment),
        amendment.revised,
        amendment.filing.time_zone,
    )


def _numbers(group: list[int], w: dict[str, str]) -> str:
    shown = [str(i + 1) for i in group]
    if len(shown) == 1:
        return fill(w["one_number"], number=shown[0])
    consecutive = len(group) > 2 and group == list(range(group[0], group[-1] + 1))
    if not consecutive and len(group) > int(w["most_listed"]):
        return fill(w["counted_numbers"], count=str(len(group)))
    joined = f"{shown[0]} to {shown[-1]}" if consecutive else _and(shown)
    return fill(w["many_numbers"], numbers=joined)


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
