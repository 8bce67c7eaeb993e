"""What an extension or the final amendment adds to the Schedule TO itself, before the
changes to the offer: Item 4 supplemented with the extension, or with the results."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment


@dataclass(frozen=True)
class Supplement:
    heading: str  # "Item 4.  Terms of the Transaction."
    instruction: str  # "Item 4 of the Tender Offer Statement is hereby amended …"
    text: str  # the paragraph added, quoted


def supplements(amendment: Amendment) -> list[Supplement]:
    w = amendment.wording.schedule_to
    if amendment.kind == "extension" and amendment.extended_from is not None:
        from amendtool.core.extension import extension_statement

        text = extension_statement(amendment)
    elif amendment.kind == "results":
        from amendtool.core.results import results_statement

        text = results_statement(amendment)
    else:
        return []
    return [Supplement(str(w["item4_heading"]), str(w["item4_instruction"]), text)]
