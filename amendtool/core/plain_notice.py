"""The employee notice in plain English (notice style "plain", SPEC §2): the headline, the
answers first (do I need to do anything, is my election still valid, is the deadline the
same), a short headed paragraph on each change, then "The exact changes" quoted as filed, so
the notice still matches the filing item for item, then contact and delivery. The
paragraphs on the changes are made in plain_change_paragraphs.py.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from amendtool.core.amendment import Amendment
from amendtool.core.layout import Block, Role
from amendtool.core.plain_change_paragraphs import PlainParagraph, plain_paragraphs, voice_of
from amendtool.core.plain_swaps import notice_says
from amendtool.core.stated_deadlines import long_date

__all__ = [
    "PlainParagraph",
    "closing_blocks",
    "notice_words",
    "plain_notice_blocks",
    "plain_paragraphs",
    "voice_of",
]


# what an extension's or the results' notice words for itself ([plain_notice.extension],
# [plain_notice.results]); an ordinary amendment's notice has the words of [plain_notice]
_OWN_WORDS = ("title", "changes_heading", "exact_heading", "exact_intro", "questions_heading")


_AS_CHANGED = ("questions_heading", "contact")  # an extension that changes terms words anew


def notice_words(amendment: Amendment) -> dict[str, Any]:
    """The notice's words for the offer's voice, with its own kind's headings and contact."""
    words = dict(voice_of(amendment).words)
    own = words.get(amendment.kind)
    if amendment.kind == "text" or not isinstance(own, dict):
        return words
    words.update({k: v for k, v in own.items() if k in (*_OWN_WORDS, "contact")})
    if amendment.kind == "extension" and "changes_heading_other" in own:
        from amendtool.core.extension import only_the_deadline

        if amendment.extended_from is not None and not only_the_deadline(amendment):
            words["changes_heading"] = own["changes_heading_other"]
    if amendment.wording_kind == "extension_terms":  # not only an extension
        words.update({k: own[f"{k}_terms"] for k in ("title", *_AS_CHANGED) if f"{k}_terms" in own})
    return words


def plain_notice_blocks(amendment: Amendment) -> list[Block]:
    f = amendment.filing
    w = notice_words(amendment)
    notice = amendment.wording.notice_document
    fields = notice["fields"]
    from amendtool.core.filing_document import offer_terms

    terms = offer_terms(amendment)  # the offer's own words, usable in every sentence here
    from amendtool.core.notice_document import program_named

    intro_key = "intro" if program_named(f) else "intro_unnamed"
    intro = w.get(intro_key, w["intro"]).format(
        **terms,
        document_title=f.document_title,
        document_date=long_date(f.document_date),
    )
    if f.notice_explanation:
        intro += f" {notice_says(amendment, f.notice_explanation)}"
    out = [
        Block(
            Role.CENTER_BOLD,
            w.get("title", notice["title"]).format(document_title_upper=f.document_title.upper()),
        ),
        Block(Role.MEMO, f.notice_to, label=fields[0]),
        Block(Role.MEMO, f.notice_from, label=fields[1]),
        Block(Role.MEMO, long_date(f.amendment_date), label=fields[2]),
        Block(Role.MEMO, amendment.memo_subject(), label=fields[3]),
    ]
    if amendment.kind == "extension" and amendment.extended_from is not None:
        from amendtool.core.extension import extension_answers

        out += extension_answers(amendment, terms)  # the new deadline, answered first
    else:
        from amendtool.core.plain_answers import opening_blocks

        out += [Block(Role.HEADLINE, w["headline"]), Block(Role.TEXT, intro)]
        out += opening_blocks(amendment, w, terms)
    out = _withdrawal_as_the_offer_has_it(amendment, out, w, terms)
    paragraphs = plain_paragraphs(amendment)
    if paragraphs:  # a heading with nothing under it (an offer that states no deadline) is not set
        out.append(Block(Role.HEADING, w["changes_heading"]))
    for paragraph in paragraphs:
        out.append(Block(Role.SUBHEADING, paragraph.heading, items=paragraph.items))
        out.append(Block(Role.TEXT, paragraph.text, items=paragraph.items))
        if paragraph.places:
            out.append(Block(Role.TEXT, paragraph.places, items=paragraph.items))
    if amendment.items:
        out += [Block(Role.HEADING, w["exact_heading"]), Block(Role.TEXT, w["exact_intro"])]
    return out


def _withdrawal_as_the_offer_has_it(
    amendment: Amendment, blocks: list[Block], w: dict[str, Any], terms: dict[str, str]
) -> list[Block]:
    """The opening answers, with "withdraw … before the deadline" said as the offer's own
    withdrawal deadline has it when it ends withdrawal before it expires."""
    from amendtool.core.offer_dates import withdrawal_said, withdrawal_values
    from amendtool.core.offer_zone import offer_deadline

    how, dates = withdrawal_values(amendment)
    if not how:
        return blocks
    expires = offer_deadline(amendment, amendment.filing.expiration_local, weekday=True)
    values = {**terms, **dates, "how": how, "deadline": expires}
    return [
        dataclasses.replace(b, text=withdrawal_said(b.text, w, values))
        if b.role is Role.TEXT
        else b
        for b in blocks
    ]


def closing_blocks(amendment: Amendment) -> list[Block]:
    f = amendment.filing
    w = notice_words(amendment)
    contact = w["contact"].format(
        document_title=f.document_title,
        contact=notice_says(amendment, f.notice_contact).rstrip("."),
    )
    return [
        Block(Role.HEADING, w["questions_heading"]),
        Block(Role.TEXT, contact),
        Block(Role.TEXT, notice_says(amendment, f.notice_delivery)),
    ]
