"""Sections and questions as the amended offer names them, for the plain notice.

Employees read the notice against the offer as amended: a change is headed and placed by
what that offer calls its section and question. A section this amendment retitles is named
by its new title (the old one said once, in the heading of the change that retitles it); a
section it renumbers by its new number, the old beside it ("in Section 7 (formerly Section
6)"); a question it renumbers or rewords by the question as it now reads; and a question and
answer it puts in by its own question, never by the question before it. The Schedule TO's
locators cite the offer as filed, as the filing must: only the notice's reading changes.
What each is called now is read from the amendment's own items (a retitle, a renumbering),
so a change counsel rejects leaves the old name."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locate import is_question, quoted_question
from amendtool.core.model import SectionKind, quoted_title
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_questions import joined, questions_put_in
from amendtool.core.templates import fill

# "Section 4. ", "4. ", "Article IV: ": a section's number before its title
NUMBERED = compiled(r"^(?:(?:Section|Part|Article|Item)\s+)?[\dIVXA-Z]{1,4}[.:]\s+", re.I)


@dataclass(frozen=True)
class AmendedNames:
    """What the amendment renames: section id to its number now; section id to its title now
    and as filed; (section id, question as filed) to the question now."""

    numbers: dict[str, str] = field(default_factory=dict)
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)
    questions: dict[tuple[str, str], str] = field(default_factory=dict)


def amended_names(items: list[AmendmentItem]) -> AmendedNames:
    """What the items renumber, retitle and reword, as the amended offer prints it."""
    names = AmendedNames()
    for item in items:
        loc = item.locator
        if item.kind is ItemKind.RENUMBER_SECTIONS:
            names.numbers.update({s.id: s.number for s in item.renumbered if s.number})
        new = item.new_section
        if item.kind in (ItemKind.RETITLE_SECTION, ItemKind.REPLACE_SECTION) and new is not None:
            now, was = quoted_title(new.title), title_of(loc.section_name)
            if now and was and now != was:
                names.titles[loc.section_id] = (now, was)
        for was, now in _questions_changed(item):
            names.questions[(loc.section_id, _key(was))] = quoted_question(now)
    return names


def _questions_changed(item: AmendmentItem) -> list[tuple[str, str]]:
    """The questions an item renumbers or rewords: each as filed and as it now reads."""
    if item.kind is ItemKind.RENUMBER_PARAGRAPHS:
        pairs = zip(item.old_text.split("\n"), item.new_paragraphs, strict=False)
        return [(was, now) for was, now in pairs if is_question(was) and is_question(now)]
    loc = item.locator
    whole = loc.sentence is None or loc.sentence_count <= 1  # the new text is the question
    rewords = item.kind in (ItemKind.REPLACE_WORDS, ItemKind.REPLACE_PARAGRAPH)
    question = loc.question if loc.answer_paragraph == 0 else None
    if question and rewords and whole and is_question(item.new_text):
        return [(question, item.new_text)]
    return []


def _key(question: str) -> str:
    return " ".join(quoted_question(question).split())


def title_of(section_name: str) -> str:
    """A section's title without its number ("Section 4. Risk Factors" → "Risk Factors")."""
    return NUMBERED.sub("", section_name).strip()


def question_now(item: AmendmentItem, names: AmendedNames) -> str:
    """The question a change is about, as the amended offer asks it: a question put in is
    its own, never the one before it; "" for a change outside any question."""
    if item.kind is ItemKind.INSERT_PARAGRAPH:
        first = item.new_paragraphs[0] if item.new_paragraphs else item.new_text.split("\n")[0]
        if is_question(first):  # every question put in, never only the first
            return joined(questions_put_in(item)) or quoted_question(first)
    question = item.locator.question
    if not question:
        return ""
    return names.questions.get((item.locator.section_id, _key(question)), _key(question))


def asked_as_amended(item: AmendmentItem, names: AmendedNames) -> AmendmentItem:
    """The item with the question it is in as the amended offer asks it, for the plain
    paragraph's words ("In the answer to "Q6. Whom …?"")."""
    question = item.locator.question
    if not question or item.kind is ItemKind.INSERT_PARAGRAPH:
        return item
    now = names.questions.get((item.locator.section_id, _key(question)))
    if now is None or now == question:
        return item
    return dataclasses.replace(item, locator=dataclasses.replace(item.locator, question=now))


def section_heading(item: AmendmentItem, names: AmendedNames, w: dict[str, str]) -> str:
    """A section's title as the amended offer prints it; the change that retitles it says
    the old one beside it ("Certain Risk Factors, formerly Certain Significant
    Considerations", `retitled_heading`)."""
    retitled = names.titles.get(item.locator.section_id)
    if retitled is None:
        return title_of(item.locator.section_name)
    now, was = retitled
    if item.kind in (ItemKind.RETITLE_SECTION, ItemKind.REPLACE_SECTION):
        return fill(w["retitled_heading"], title=now, old=was)
    return now


def placed_as_amended(items: list[AmendmentItem], names: AmendedNames) -> list[AmendmentItem]:
    """The items as the notice places them, in each section by its number and title in the
    amended offer: a renumbered one "Section 7 (formerly Section 6)", where "Section 6" is
    now another section; a retitled part by its new title ("in the Summary of Terms")."""
    out = []
    for item in items:
        loc = item.locator
        name = loc.section_name
        title = names.titles.get(loc.section_id, (title_of(name), ""))[0]
        number = names.numbers.get(loc.section_id)
        if loc.section_kind == SectionKind.NUMBERED and ". " in name:
            cited = name.split(". ", 1)[0]
            if number:
                cited = f"{cited.rsplit(' ', 1)[0]} {number} (formerly {cited})"
            name = f"{cited}. {title}"
        elif loc.section_id in names.titles and loc.section_kind != SectionKind.FRONT:
            name = title
        if name != loc.section_name:
            item = dataclasses.replace(item, locator=dataclasses.replace(loc, section_name=name))
        out.append(item)
    return out
