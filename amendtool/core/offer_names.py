"""What the open offer is called and who its notice speaks to, for every place that names
them (dialogs, the export list, the item panel): one answer, from the filing details when
they give a title, else from the original's own cover, so a stockholder offer to purchase
is never called an Offer to Exchange nor its holders employees."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from amendtool.core.cover import title_lines

if TYPE_CHECKING:
    from amendtool.core.filing import FilingDetails
    from amendtool.core.model import Document
    from amendtool.core.wording import Wording

NEUTRAL_TITLE = "offer document"
NEUTRAL_AUDIENCE = "employees"  # the notice's readers when the wording names none
NEUTRAL_NOTICE = "notice"  # the notice, when the wording does not say whose

# the title an offer's cover gives itself: "OFFER TO PURCHASE FOR CASH", "Offer to Exchange"
_COVER_TITLE = re.compile(r"\bOFFER\s+TO\s+(EXCHANGE|PURCHASE)\b", re.I)
COVER_LINES = 12  # the title block is at the top of the cover


def offer_title(filing: FilingDetails | None, original: Document | None = None) -> str:
    """The offer document's title: the filing details', else its cover's, else neutral."""
    if filing is not None and filing.document_title.strip():
        return filing.document_title.strip()
    if original is not None and original.sections:
        paragraphs = original.sections[0].paragraphs[:COVER_LINES]
        lines = paragraphs[: title_lines(paragraphs) or len(paragraphs)]
        for paragraph in lines:
            if match := _COVER_TITLE.search(paragraph.text):
                return f"Offer to {match.group(1).capitalize()}"
    return NEUTRAL_TITLE


def notice_called(wording: Wording, title: str) -> str:
    """The notice as a refusal or a check names it ("employee notice", "notice to
    holders"), as the notice's own wording for this kind of offer says."""
    from amendtool.core.plain_summary import plain_words

    return str(plain_words(wording, title).get("notice_called", NEUTRAL_NOTICE))


def audience(wording: Wording, title: str) -> str:
    """Who the notice is written for ("employees", "holders"), as the notice's own wording
    for this kind of offer says (resources/wording: plain_notice.audience)."""
    from amendtool.core.plain_summary import plain_words

    return str(plain_words(wording, title).get("audience", NEUTRAL_AUDIENCE))


def notice_file(wording: Wording, title: str) -> str:
    """The notice's own file name, without its extension, named for its readers
    ("employee-notice", "holders-notice": plain_notice.notice_file of the offer's voice)."""
    from amendtool.core.plain_summary import plain_words

    return str(plain_words(wording, title).get("notice_file", "employee-notice"))
