"""An EDGAR text offer whose Section 5 prints a table of the directors' holdings: the shape
the plain-text table tests read and draft, each with its own cover and first section."""

from __future__ import annotations


def holders_offer(opening: list[str], table: list[str]) -> str:
    """`opening` (the cover and the sections before 5), then Section 5 holding `table` (its
    header lines and rows, tagged or not) and Section 6, and a page's folio."""
    lines = [
        *opening,
        "Section 5. Interests of Directors and Executive Officers",
        "",
        "The following table shows the Eligible Options held by our directors and",
        "executive officers:",
        "",
        *table,
        "",
        "None of our directors or executive officers will receive New RSUs on terms",
        "different from other employees.",
        "",
        "Section 6. Extension of the Offer; Amendment",
        "",
        "We may extend the offer at any time by giving notice.",
        "",
        "                                       2",
        "",
    ]
    return "\n".join(lines)
