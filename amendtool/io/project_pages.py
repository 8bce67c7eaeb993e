"""The pages a project's items cite, bounded as they are read.

An item's page is a printed page of the original ("5", "ii"), saved as text. Typed by hand
as "-5" or "99999999999999" it would pass every check and the filing would cite "page -5":
a page written in figures is a positive number no greater than the original's last page,
else the project is refused as damaged, naming the entry.
"""

from __future__ import annotations

from amendtool.core.model import Document
from amendtool.core.pattern_store import compiled
from amendtool.core.series import SeriesAmendment
from amendtool.io.project_checks import Damaged

_FIGURES = compiled(r"\s*[-+]?\s*\d+\s*")
MAX_PAGE = 9999  # an original without folios in figures: no offer runs to ten thousand pages


def last_page(original: Document) -> int:
    """The highest page in figures the original prints; MAX_PAGE where it prints none."""
    labels = [m.label for s in original.sections for m in s.heading_pages]
    labels += [m.label for s in original.sections for p in s.paragraphs for m in p.pages]
    figures = [int(label) for label in labels if label and label.strip().isdigit()]
    return max(figures) if figures else MAX_PAGE


def check_cited_pages(original: Document, amendments: list[SeriesAmendment]) -> None:
    """Raise Damaged at the first page in figures outside the original's pages."""
    highest: int | None = None
    for index, amendment in enumerate(amendments):
        for number, item in enumerate(amendment.items):
            for field in ("page", "last_page"):
                value = getattr(item, field)
                if not isinstance(value, str) or not _FIGURES.fullmatch(value):
                    continue
                if highest is None:
                    highest = last_page(original)
                page = int(value.replace(" ", ""))
                if not 1 <= page <= highest:
                    raise Damaged(
                        f"amendments[{index}].items[{number}].{field}",
                        "",
                        f'is "{value[:20]}", not a page of the original (pages 1 to {highest})',
                    )
