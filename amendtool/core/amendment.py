"""An amendment: original, revised, items and filing details, and what every output shares."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from amendtool.core.built_once import built_value
from amendtool.core.drafting import DraftOptions, draft_items
from amendtool.core.filing import FilingDetails
from amendtool.core.items import AmendmentItem, ItemKind, letter
from amendtool.core.lineage import SeriesContext
from amendtool.core.model import Document, page_number
from amendtool.core.pattern_store import compiled
from amendtool.core.stated_deadlines import long_date
from amendtool.core.templates import fill
from amendtool.core.wording import Wording, filing_text, house_wording, notice_text

if TYPE_CHECKING:
    from amendtool.core.plain_summary import PlainSummary, Voice


# "Form of" before a document that is itself named a form ("Form W-9", "Election Form")
_FORM_OF_A_FORM = compiled(r"^form of (?=form\b|[^.,;]*\bform\s*(?:[.,;(]|$))", re.IGNORECASE)


@dataclass
class Exhibit:
    """An exhibit the amendment files: its label ("(a)(1)(F)") and the description the
    exhibit index prints."""

    label: str
    description: str

    def __post_init__(self) -> None:
        # "Form of {transmittal_document}." for a document named "Election Form", or counsel's
        # "Form of Form W-9.", must not read "Form of ... Form": the name says it is a form
        while _FORM_OF_A_FORM.match(self.description):
            self.description = _FORM_OF_A_FORM.sub("", self.description, count=1)


@dataclass
class Amendment:
    """One amendment drafted: the two versions compared, the items found, the filing details
    and, in a series, its place among the amendments before it."""

    original: Document  # in a series: the offer as amended by the earlier amendments
    revised: Document
    items: list[AmendmentItem]
    filing: FilingDetails
    notes: list[str] = field(default_factory=list)
    wording_style: str = "standard"
    # in a series: the offer as filed and the amendments before this one (None: on its own)
    series: SeriesContext | None = None
    kind: str = "text"  # text | extension | results
    extended_from: dt.datetime | None = None  # an extension: the expiration it replaces
    results_data: dict[str, Any] | None = None  # the final amendment: [results] as entered
    # counsel confirmed it undoes what an earlier amendment did (not a stale copy)
    reverses_earlier: bool = False

    @property
    def wording(self) -> Wording:
        return house_wording(self.wording_style)

    @property
    def wording_kind(self) -> str:
        """The kind whose words name the amendment: an extension that also changes the offer
        otherwise (a term, or other text: any item but the expiration restated) is an
        amendment and extension ("extension_terms"), never only an extension."""
        if self.kind == "extension" and self.extended_from is not None:
            from amendtool.core.extension import changes_terms, only_the_deadline

            if changes_terms(self.change_items) or not only_the_deadline(self):
                return "extension_terms"
        return self.kind

    def kind_words(self, table: dict[str, Any], key: str, default: str | None = None) -> Any:
        """`table`'s entry for this amendment's kind: f"{key}_{kind}" ("notice_description_
        extension_terms"), else the plain kind's, else `default`'s entry."""
        for kind in dict.fromkeys((self.wording_kind, self.kind)):
            for name in (f"{key}_{kind}", f"{kind}_{key}"):
                if name in table:
                    return table[name]
        return table[default] if default is not None else None

    @property
    def change_items(self) -> list[AmendmentItem]:
        """The items that change the Offer to Exchange (what the notice lists). Every output
        and check asks for them (dozens of times a draft): while outputs are written no one
        edits the amendment, so they are picked out once for its list of items (a new list
        is picked anew) and each caller is given its own copy to keep or change."""
        items = self.items
        return list(
            built_value(
                self,
                f"change_items:{id(items)}",
                lambda: [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT],
                holds=items,
            )
        )

    def exhibits(self) -> list[Exhibit]:
        """New exhibits filed with the amendment: counsel's (its items, then those the
        filing details record as filed by it), then the employee notice."""
        from amendtool.core.exhibits import recorded

        out = [
            Exhibit(i.exhibit["label"], i.exhibit.get("description", ""))
            for i in self.items
            if i.kind is ItemKind.FILE_EXHIBIT and i.exhibit
        ]
        number = self.filing.amendment_number
        out += [
            Exhibit(e.label, e.description)
            for e in recorded(self)
            if e.filed_by == number and all(x.label != e.label for x in out)
        ]
        exhibits = self.wording.exhibits
        template = self.kind_words(exhibits, "notice_description", "notice_description")
        description = template.format(
            document_title=self.filing.document_title, date=long_date(self.filing.amendment_date)
        )
        out.append(Exhibit(self.filing.notice_exhibit, description))
        return out

    def memo_subject(self) -> str:
        """The notice memo's subject: counsel's, unless an extension or results notice would
        go out under one that does not say so (the earlier amendment's, carried over)."""
        subject, w = self.filing.notice_subject, self.wording.notice_document
        kind = self.wording_kind if f"{self.wording_kind}_subject" in w else self.kind
        says = w.get("subject_words", {}).get(kind)
        if says is None or says.lower() in subject.lower():
            return subject
        return fill(w[f"{kind}_subject"], document_title=self.filing.document_title)

    def previously_filed(self) -> list[Exhibit]:
        """The statement's exhibits filed before this amendment: the offer document and the
        form holders return, then each earlier amendment's of the series."""
        from amendtool.core.exhibits import previously_filed

        return previously_filed(self)

    def filing_instruction(self, item: AmendmentItem) -> str:
        """The item's instruction as filed; the notice, the checks and items.json ask for it
        again, so while outputs are written it is worded once."""
        return built_value(
            item,
            f"filing_instruction:{id(self)}",
            lambda: filing_text(item, self.filing.document_exhibit, self.wording),
            holds=self,
        )

    def notice_instruction(self, item: AmendmentItem) -> str:
        """The instruction as the notice prints it: in a plain notice, the filing's own words
        under "The exact changes" (without the cross-reference to an exhibit employees do not
        have); in the precedent style, the notice's wording, which counsel may override."""
        if self.filing.notice_style == "plain":
            exhibit = f" of Exhibit {self.filing.document_exhibit} to the Tender Offer Statement"
            return self.filing_instruction(item).replace(exhibit, "")
        return notice_text(item, self.wording)

    def plain_paragraph(self, item: AmendmentItem) -> str:
        """The plain notice's paragraph on the item: counsel's, or the tool's."""
        return self.plain_summary(item).text

    def plain_summary(self, item: AmendmentItem, voice: Voice | None = None) -> PlainSummary:
        """What the plain notice says of the item (in `voice`, the notice's, when given);
        the notice, its checks and items.json all ask for it, so while outputs are written
        it is made once (reading an item's facts in plain words is most of a notice's cost)."""
        from amendtool.core.plain_notice import voice_of
        from amendtool.core.plain_summary import summarise

        def make() -> PlainSummary:
            asked = item
            if item.locator.question:  # named as the amended offer asks it
                from amendtool.core.amended_names import amended_names, asked_as_amended

                names = built_value(self, "amended_names", lambda: amended_names(self.change_items))
                asked = asked_as_amended(item, names)
            return summarise(asked, self.wording, voice or voice_of(self))

        return built_value(item, f"plain_summary:{id(self)}", make, holds=self)

    def tool_paragraph(self, item: AmendmentItem) -> str:
        """The paragraph the tool writes on the item, whatever counsel wrote instead: what
        the item panel offers counsel to edit is what the notice prints without an edit."""
        import dataclasses

        return self.plain_paragraph(
            dataclasses.replace(item, plain_override=None, plain_basis=None)
        )

    def exhibit_instruction(self, exhibit: Exhibit) -> str:
        return self.wording.filing["file_exhibit"].format(label=exhibit.label)

    def items_json(self) -> dict[str, Any]:
        from amendtool.core.item_plain_text import item_plain_text

        items = []
        for index, item in enumerate(self.change_items):
            data = item.to_dict()
            page, last_page = item.cited_pages  # the pages the instruction gives
            data.update(
                letter=letter(index),
                number=index + 1,
                section=item.locator.section_name,
                page=page_number(page),
                page_label=page,
                last_page=last_page,
                filing_text=self.filing_instruction(item),
                notice_text=self.notice_instruction(item),
                plain_text=item_plain_text(self, index),  # as the notice says it
            )
            items.append(data)
        exhibits = [
            {
                "letter": letter(len(items) + k),
                "label": e.label,
                "description": e.description,
                "filing_text": self.exhibit_instruction(e),
            }
            for k, e in enumerate(self.exhibits())
        ]
        return {
            "items": items,
            "exhibits": exhibits,
            "notes": self.notes,
            "original_sha256": self.original.sha256,
        }


def draft_amendment(
    original: Document,
    revised: Document,
    filing: FilingDetails,
    options: DraftOptions | None = None,
    series: SeriesContext | None = None,
) -> Amendment:
    from amendtool.core.expirations import extended_by, time_of_day, with_new_expiration

    result = draft_items(original, revised, options, series)
    at = time_of_day(filing)
    extended = extended_by(original, revised, filing.time_zone, at) if series is None else None
    if extended is None:
        return Amendment(original, revised, result.items, filing, result.notes, series=series)
    old, new = extended  # a revised draft that moves the expiration later extends the offer
    return Amendment(
        original,
        revised,
        result.items,
        with_new_expiration(filing, old, new),
        result.notes,
        kind="extension",
        extended_from=old,
    )
