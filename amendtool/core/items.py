"""Amendment items: the one source the filing, notice, redline and conformed copy read.

Where an item applies is its `Locator` (locator.py), re-exported here."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from amendtool.core.item_kinds import (
    COUNSEL,
    LEGACY,
    PROPOSED,
    SECTION_KINDS,
    SENTENCE_KINDS,
    STRUCTURE_KINDS,
    TABLE_KINDS,
    ItemKind,
    Materiality,
    letter,
)
from amendtool.core.locator import Locator
from amendtool.core.model import SectionKind
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_data import as_plain_dict
from amendtool.core.typography import fold_typography

__all__ = [
    "COUNSEL",
    "LEGACY",
    "PROPOSED",
    "SECTION_KINDS",
    "SENTENCE_KINDS",
    "STRUCTURE_KINDS",
    "TABLE_KINDS",
    "AmendmentItem",
    "ItemKind",
    "Locator",
    "Materiality",
    "NewSection",
    "counsels_words",
    "letter",
    "reworded_mark",
]


def reworded_mark(item: AmendmentItem) -> bool:
    """A heading mark whose paragraph counsel also reworded: one item that must say the
    words changed, never "its words unchanged"."""
    return item.kind in STRUCTURE_KINDS and fold_typography(item.old_text) != fold_typography(
        item.new_text or item.old_text
    )


_COUNSEL_SAYS = compiled(r"^(?:\s*(?:counsel(?:'s reason)?|reason)\s*:\s*)+", re.IGNORECASE)


def counsels_words(reason: str | None) -> str | None:
    """Counsel's reason as kept: every output already says it is counsel's ("counsel: …",
    "Counsel's reason: …"), so a reason typed with that label loses it, not doubles it."""
    if reason is None:
        return None
    return _COUNSEL_SAYS.sub("", reason).strip() or None


@dataclass
class NewSection:
    """A section an item adds, as the amended offer prints it."""

    id: str
    kind: str
    number: str | None
    title: str
    heading: str
    paragraphs: list[str] = field(default_factory=list)

    @property
    def printed(self) -> str:
        """The heading as it prints: with its number where Word numbers the heading (list
        numbering prints "8." beside text that does not hold it)."""
        if self.kind != "numbered" or not self.number or self.heading.startswith(self.number):
            return self.heading
        if self.heading.lower().startswith(("section ", "article ")):
            return self.heading
        return f"{self.number}. {self.heading}"


@dataclass
class AmendmentItem:
    """One change of the offer as the amendment states it: where it is, the words before and
    after, and the class and wording counsel may adjust."""

    kind: ItemKind
    locator: Locator
    page: str | None = None  # printed page of the target in the original
    last_page: str | None = None  # a table printed over several pages: the page it ends on
    old_text: str = ""
    new_text: str = ""
    new_paragraphs: list[str] = field(default_factory=list)
    old_words: str = ""
    new_words: str = ""
    new_section: NewSection | None = None
    materiality: Materiality = Materiality.MATERIAL
    materiality_reason: str = ""  # why the tool proposes the class it proposes
    materiality_source: str = PROPOSED  # proposed | counsel
    materiality_proposed: Materiality | None = None  # the tool's proposal, kept beside counsel's
    materiality_basis: str | None = None  # substance counsel's choice was made for
    counsel_reason: str | None = None  # why counsel chose the class (amendtool classify)
    # counsel's class for an earlier version of this change, lapsed when the change changed
    # in a re-draft: the checks say so until counsel chooses again
    lapsed_materiality: Materiality | None = None
    filing_override: str | None = None
    notice_override: str | None = None
    override_basis: str | None = None  # substance the overrides were written for
    # counsel's plain-English paragraph on this change for the employee notice, and the
    # substance it was written for (kept apart from the filing and notice wording)
    plain_override: str | None = None
    plain_basis: str | None = None
    exhibit: dict[str, str] | None = None  # file_exhibit: label and description
    # renumber_sections: each section of the run with its new number and heading; the
    # locator names the first section, and to_section_* the last
    renumbered: list[NewSection] = field(default_factory=list)
    # renumber_paragraphs: the 1-based places of the paragraphs, in the section as earlier
    # items left it; old_text and new_paragraphs hold their texts, one per place
    positions: list[int] = field(default_factory=list)

    def substance(self) -> str:
        """What the item changes; an override is kept only while this stays the same. The
        place is the one in the offer as filed: a paragraph typed in or taken out before the
        change renumbers the draft, not the change, and counsel's decisions stay with it."""
        return self._substance(filed=True)

    def filed_section(self) -> str:
        """The section the item changes as the offer was filed: a heading mark above it
        renumbers the draft's sections, not the change."""
        return self.locator.filed_section_id or self.locator.section_id

    def filed_place(self) -> tuple[int | None, int | None]:
        """The paragraph and sentence the item changes as the offer was filed (the draft's
        own count where the filed one is not known: text the revision itself put in)."""
        loc = self.locator
        paragraph = loc.printed if loc.printed is not None else loc.paragraph
        sentence = loc.filed_sentence if loc.filed_sentence is not None else loc.sentence
        return paragraph, sentence

    def _substance(self, filed: bool, filed_section: bool = True) -> str:
        """The substance, its place as filed or (`filed` False) as the draft numbered it
        (how projects saved before recorded counsel's decisions); `filed_section` False: in
        the draft's section (how they recorded it under a heading mark)."""
        paragraph, sentence = (
            self.filed_place() if filed else (self.locator.paragraph, self.locator.sentence)
        )
        section = self.filed_section() if filed and filed_section else self.locator.section_id
        payload: dict[str, Any] = {
            "kind": self.kind.value,
            "section": section,
            "paragraph": paragraph,
            "sentence": sentence,
            "to": [self.locator.to_section_id, self.locator.to_paragraph],
            "old": self.old_text,
            "new": self.new_text,
        }
        if self.renumbered:
            payload["renumbered"] = [[s.id, s.heading] for s in self.renumbered]
        if self.positions:
            payload["positions"] = self.positions
        if self.locator.cell is not None:
            payload["cell"] = [self.locator.cell, self.locator.cell_paragraph]
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]

    def set_overrides(self, filing: str | None, notice: str | None) -> None:
        self.filing_override = filing or None
        self.notice_override = notice or None
        self.override_basis = self.substance() if (filing or notice) else None

    @property
    def counsel_materiality(self) -> bool:
        """Counsel decided this item's class, and the change is still the one decided on."""
        return self.materiality_source == COUNSEL and self.materiality_basis == self.substance()

    def choose_materiality(self, value: Materiality, reason: str | None = None) -> None:
        """Counsel's choice: it wins over the proposal and is kept across re-drafts."""
        self.materiality = value
        self.materiality_source = COUNSEL
        self.materiality_basis = self.substance()
        self.counsel_reason = counsels_words(reason)
        self.lapsed_materiality = None

    def clear_materiality(self) -> None:
        """Counsel's choice taken back: the class is the tool's proposal again."""
        self.materiality = self.materiality_proposed or self.materiality
        self.materiality_source, self.materiality_basis = PROPOSED, None
        self.counsel_reason = None
        self.lapsed_materiality = None

    def propose_materiality(self, value: Materiality, reason: str) -> None:
        """The tool's proposal; the class follows it unless counsel has decided."""
        self.materiality_proposed = value
        self.materiality_reason = reason
        if not self.counsel_materiality:
            self.materiality = value
            self.materiality_source = PROPOSED
            self.materiality_basis = self.counsel_reason = None

    def set_plain_summary(self, text: str | None) -> None:
        """Counsel's plain paragraph for the notice; None or empty goes back to the tool's."""
        self.plain_override = (text or "").strip() or None
        self.plain_basis = self.substance() if self.plain_override else None

    @property
    def plain_summary(self) -> str | None:
        """Counsel's plain paragraph, while the change is still the one it was written for."""
        if self.plain_override and self.plain_basis == self.substance():
            return self.plain_override
        return None

    @property
    def cited_pages(self) -> tuple[str | None, str | None]:
        """The first and last page the citation gives: none for the cover, which counsel
        cite by its name alone ("on the cover page"), whatever folio it prints; the filing,
        the notice and items.json all say it so."""
        if self.locator.section_kind == SectionKind.FRONT:
            return None, None
        return self.page, self.last_page

    def to_dict(self) -> dict[str, Any]:
        data = as_plain_dict(self)  # asdict's result, without its deep copy of each value
        data["kind"] = self.kind.value
        if data["locator"].get("sentence_span") == 1:  # one sentence: as written before runs
            del data["locator"]["sentence_span"]
        data["materiality"] = self.materiality.value
        if self.materiality_proposed is not None:
            data["materiality_proposed"] = self.materiality_proposed.value
        if self.lapsed_materiality is not None:
            data["lapsed_materiality"] = self.lapsed_materiality.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AmendmentItem:
        data = dict(data)
        data["kind"] = ItemKind(data["kind"])
        data["materiality"] = Materiality(data.get("materiality", "material"))
        if data.get("materiality_proposed"):
            data["materiality_proposed"] = Materiality(data["materiality_proposed"])
        if data.get("lapsed_materiality"):
            data["lapsed_materiality"] = Materiality(data["lapsed_materiality"])
        data.setdefault("materiality_source", LEGACY)
        data["locator"] = Locator(**data["locator"])
        if data.get("new_section"):
            data["new_section"] = NewSection(**data["new_section"])
        data["renumbered"] = [NewSection(**s) for s in data.get("renumbered") or []]
        known = cls.__dataclass_fields__
        item = cls(**{k: v for k, v in data.items() if k in known})
        item._rebase_decisions()
        if item.materiality_source == COUNSEL and not item.materiality_basis:
            item.materiality_basis = item.substance()  # a choice recorded by hand
        if item.plain_override and not item.plain_basis:
            item.plain_basis = item.substance()  # counsel's paragraph written in by hand
        if (item.filing_override or item.notice_override) and not item.override_basis:
            item.override_basis = item.substance()  # likewise counsel's wording
        return item

    def _rebase_decisions(self) -> None:
        """Decisions saved when the substance named the draft's numbering are kept: a basis
        that is the same change counted that way is the same change as filed."""
        bases = (self.materiality_basis, self.override_basis, self.plain_basis)
        if not any(bases):
            return
        now = self.substance()
        legacy = {self._substance(filed=False), self._substance(True, filed_section=False)}
        legacy.discard(now)
        if not legacy:
            return
        if self.materiality_basis in legacy:
            self.materiality_basis = now
        if self.override_basis in legacy:
            self.override_basis = now
        if self.plain_basis in legacy:
            self.plain_basis = now

    @property
    def stale_plain(self) -> bool:
        """Counsel wrote a plain paragraph for an earlier version of this change: the notice
        uses the tool's until counsel reads it again."""
        return bool(self.plain_override) and self.plain_basis != self.substance()
