"""Items whose places an earlier version of amendtool counted otherwise, read again.

An item's place (its section, paragraph and sentence numbers) is derived from the offer and
the draft; its texts and counsel's decisions are what was worked on. When the reader of
sentences changes (a trailing "(Section 3)" now ends the sentence before it), a saved item
can name a sentence its own offer no longer has, and export would refuse it. On opening,
a draft whose items do not resolve in its own texts is drafted again from them, counsel's
class, wording and plain paragraph going to the same change (the same old and new text in
the same section as filed); a filed amendment is kept as filed, and said in one line.
"""

from __future__ import annotations

from amendtool.core.apply import TextDocument, apply_item
from amendtool.core.errors import AmendtoolError
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import Document
from amendtool.core.series import Series


def read_again(series: Series) -> list[str]:
    """Draft again each draft amendment whose items no longer resolve; one line for each
    amendment read again or left as filed."""
    lines = []
    for index, entry in enumerate(series.amendments):
        try:
            base = series.base(index) if index else series.original
        except (AmendtoolError, IndexError, ValueError):
            continue  # an earlier amendment's places: said for that amendment
        if resolves(base, entry.items):
            continue
        which = f"Amendment No. {entry.number}"
        if entry.locked:
            lines.append(
                f"{which}: its items no longer find their places in the offer as read (it "
                "was edited outside amendtool, or an earlier version of amendtool counted the "
                "sentences otherwise); it is kept as filed (its printed copies are those of "
                "the filing)"
            )
            continue
        before = list(entry.items)
        series.redraft(index, entry.revised)
        kept = carry_by_text(before, entry.items)
        lines.append(
            f"{which}: its items were read again from the offer and the draft (they no "
            "longer found their places in the offer as read: it was edited outside "
            "amendtool, or an earlier version of amendtool counted the sentences otherwise); "
            f"counsel's decisions on {kept} of them were kept with their changes"
        )
    return lines


def resolves(base: Document, items: list[AmendmentItem]) -> bool:
    """Whether every item finds its place and its old text in `base`."""
    document = TextDocument.from_document(base)
    try:
        for item in items:
            if item.kind is not ItemKind.FILE_EXHIBIT:
                apply_item(document, item)
    except (AmendtoolError, IndexError, ValueError):
        return False
    return True


def carry_by_text(previous: list[AmendmentItem], current: list[AmendmentItem]) -> int:
    """Counsel's decisions on each saved change given to the drafted item that makes the
    same change (kind, section as filed, old and new text), where only one does; the count
    of saved changes with a decision of counsel's that found their item."""
    saved: dict[tuple[str, ...], list[AmendmentItem]] = {}
    for item in previous:
        saved.setdefault(_change(item), []).append(item)
    kept = 0
    for item in current:
        found = saved.get(_change(item), [])
        if len(found) != 1:
            continue
        old = found[0]
        decided = False
        if old.counsel_materiality:
            if not item.counsel_materiality:
                item.choose_materiality(old.materiality, old.counsel_reason)
            decided = True
        if (old.filing_override or old.notice_override) and old.override_basis == old.substance():
            if item.override_basis != item.substance():
                item.set_overrides(old.filing_override, old.notice_override)
            decided = True
        if old.plain_override and not old.stale_plain:
            if not item.plain_override:
                item.set_plain_summary(old.plain_override)
            decided = True
        kept += decided
    return kept


def _change(item: AmendmentItem) -> tuple[str, ...]:
    return item.kind.value, item.filed_section(), item.old_text, item.new_text
