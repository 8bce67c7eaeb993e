"""What a row of the item list says and shows: the kind of change, where it is and its
first words, and the item's class at a glance (a badge for what the timing check relies on,
filled when counsel chose the class, an outline when the tool proposes it) with the reason."""

from __future__ import annotations

import re
import textwrap
from functools import cache, lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from amendtool.core.cited_places import filed_sentence
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.materiality_rules import house_rules
from amendtool.core.wording_forms import words_form

_KIND_NAMES = {
    "replace_paragraph": "Paragraph replaced",
    "delete_paragraph": "Paragraph deleted",
    "insert_paragraph": "Paragraph inserted",
    "move_paragraph": "Paragraph moved",
    "replace_sentence": "Sentence replaced",
    "delete_sentence": "Sentence deleted",
    "insert_sentence": "Sentence added",
    "replace_words": "Words replaced",
    "insert_words": "Words inserted",
    "delete_words": "Words deleted",
    "replace_section": "Section restated",
    "delete_section": "Section deleted",
    "add_section": "Section added",
    "retitle_section": "Heading changed",
    "make_heading": "Paragraph made a heading",
    "make_paragraph": "Heading made body text",
    "renumber_sections": "Sections renumbered",
    "renumber_paragraphs": "Paragraphs renumbered",
    "replace_table": "Table restated",
    "delete_table": "Table deleted",
    "insert_table": "Table inserted",
    "insert_row": "Row inserted",
    "delete_row": "Row deleted",
    "replace_row": "Row restated",
    "file_exhibit": "Exhibit filed",
}
# The class dropdown and tooltips say what the firm's rules file calls each class.
_RULES_LABELS = house_rules().labels
LABELS = {
    m: _RULES_LABELS.get(m.value, m.value.capitalize())
    for m in (
        Materiality.CLARIFYING,
        Materiality.MATERIAL,
        Materiality.CONSIDERATION,
        Materiality.EXTENSION,
    )
}
SHORT = {
    Materiality.CLARIFYING: "clarifying",
    Materiality.MATERIAL: "material, 5 days",
    Materiality.CONSIDERATION: "consideration, 10 days",
    Materiality.EXTENSION: "extension, announce",
}
# The badge: what it reads and its colour (grey, amber, red: how long the offer must stay open).
_BADGES = {
    Materiality.CLARIFYING: ("C", QColor(110, 117, 125)),
    Materiality.MATERIAL: ("5", QColor(196, 120, 0)),
    Materiality.CONSIDERATION: ("10", QColor(190, 30, 45)),
    Materiality.EXTENSION: ("E", QColor(40, 100, 170)),
}


def chosen_by_counsel(item: AmendmentItem) -> bool:
    return item.counsel_materiality


def row_text(number: str, item: AmendmentItem, said: str | None = None) -> str:
    """The row: 'A.  Words replaced — Section 7 ¶2 s1', the class and who decided it
    ('material, 5 days · proposed'), and the first words of the new text. `said`: the
    item's `summary`, when the list has it from showing the item before."""
    first, _, rest = (summary(item) if said is None else said).partition("\n")
    who = "counsel's choice" if chosen_by_counsel(item) else "proposed"
    return f"{number}.  {first}\n{SHORT[item.materiality]} · {who}  —  {rest}"


def tooltip(item: AmendmentItem) -> str:
    """The class, who decided it and why (the reason the tool gives for its proposal),
    wrapped to read as a note rather than one line across the screen."""
    return _wrapped(_tip(item))


@lru_cache(maxsize=8192)
def _wrapped(text: str) -> str:
    """Wrapping is the slow part of a row (textwrap): each reason is wrapped once, not again
    for every item on every re-draft (hundreds on a long revision)."""
    return textwrap.fill(text, 80)


def _tip(item: AmendmentItem) -> str:
    label = LABELS[item.materiality]
    if not chosen_by_counsel(item):
        said = f"{label}, proposed: {item.materiality_reason or 'no reason recorded'}"
        return said + _lapsed(item)
    proposed = item.materiality_proposed
    if proposed is None or proposed is item.materiality:
        reason = f" (the tool proposes the same: {item.materiality_reason})"
        same = reason if item.materiality_reason else ""
        return f"{label}, chosen by counsel{same}{_counsels_reason(item, ' ')}"
    return (
        f"{label}, chosen by counsel.{_counsels_reason(item, ' ')} The tool proposes "
        f"{SHORT[proposed]}: {item.materiality_reason or 'no reason recorded'}"
    )


def reason_text(item: AmendmentItem) -> str:
    """What stands beside the class box in the item panel."""
    if not chosen_by_counsel(item):
        return f"Proposed: {item.materiality_reason or 'no reason recorded'}{_lapsed(item)}"
    proposed = item.materiality_proposed
    chosen = f"Counsel's choice.{_counsels_reason(item, ' ')}"
    if proposed is None or proposed is item.materiality:
        return f"{chosen} The tool proposes the same: {item.materiality_reason}"
    return f"{chosen} The tool proposes {SHORT[proposed]}: {item.materiality_reason}"


def _lapsed(item: AmendmentItem) -> str:
    """Counsel's class for an earlier version of this change, said as the checks say it
    (core/overrides.py) until counsel chooses again."""
    if item.lapsed_materiality is None:
        return ""
    from amendtool.core.overrides import lapsed_message

    message = lapsed_message(item.lapsed_materiality, item)
    return f" Note: {message[0].upper()}{message[1:]}."


def _counsels_reason(item: AmendmentItem, before: str) -> str:
    """Counsel's own reason for the class (amendtool classify --reason), when given."""
    reason = (item.counsel_reason or "").strip()
    if not reason:
        return ""
    return f"{before}Counsel's reason: {reason}{'' if reason.endswith('.') else '.'}"


@cache
def badge(materiality: Materiality, counsel: bool) -> QIcon:
    """A round badge: filled when counsel chose the class, an outline when it is proposed."""
    text, colour = _BADGES[materiality]
    size = 22
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 2))
    painter.setBrush(colour if counsel else QColor(255, 255, 255))
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(11 if len(text) == 1 else 9)
    painter.setFont(font)
    painter.setPen(QColor(255, 255, 255) if counsel else colour)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # the selected row keeps its colours
    return icon


def summary(item: AmendmentItem) -> str:
    loc = item.locator
    where = loc.section_name
    if loc.table:
        where += " table" + (f" {loc.table}" if loc.table_count > 1 else "")
    elif loc.row_caption is not None:
        where += f" row “{loc.row_caption}”"
    elif loc.note is not None:
        where += f" {loc.note_kind or 'footnote'} {loc.note}"
    elif loc.box is not None:  # a text box: its paragraphs are not the section's
        where += " text box" + (f" at ¶{loc.box_anchor}" if loc.box_anchor else "")
    elif item.kind is ItemKind.INSERT_PARAGRAPH:
        where += _inserted_place(_counted(item), loc.paragraph_count)
    elif loc.paragraph:
        where += f" ¶{_counted(item)}"
    number = filed_sentence(loc)[0]  # as the original numbers it
    if item.kind is ItemKind.INSERT_SENTENCE and loc.sentence is not None:
        # the locator counts the sentence the new one follows
        where += f" after s{number}" if number else " at its start"
    elif number:
        where += f" s{number}"
    where += _cited_as(item)
    text = (item.new_text or item.old_text).split("\n")[0].replace("\t", " · ")
    if item.renumbered:
        old = [m.group(0) for h in item.old_text.split("\n") if (m := re.search(r"\d+", h))]
        new = [s.number or "" for s in item.renumbered]
        text = f"{_span(old)} now {_span(new)}"
    kind = item.kind.value
    if item.kind is ItemKind.REPLACE_WORDS:  # named as the filing cites it
        kind = f"{words_form(item)}_words"
    return f"{_KIND_NAMES.get(kind, kind)} — {where}\n{cut_at_word(text, 90)}"


def _counted(item: AmendmentItem) -> int | None:
    """The paragraph's number as counsel counts the pane's blocks: a table's rows aside, but
    the cover's title lines (the issuer's name, the offer's title) counted, as they are seen."""
    loc = item.locator
    return loc.paragraph if loc.title_count else (loc.printed or loc.paragraph)


def _cited_as(item: AmendmentItem) -> str:
    """A cover paragraph under the title lines, as the filing cites it ("the second
    paragraph on the cover page" counts no title line): said beside the pane's ¶, so the
    row and the citation counsel checks it against never read as two places."""
    loc = item.locator
    if (
        not loc.title_count
        or loc.title_line  # cited by its line of the title, never by an ordinal
        or not loc.printed  # a title line, note or row under it: no paragraph count
        or loc.table
        or item.kind is ItemKind.INSERT_PARAGRAPH
    ):
        return ""
    from amendtool.core.ordinals import paragraph_ordinal

    ordinal = paragraph_ordinal(loc.printed, loc.printed_count or 0, titled=True)
    return f" (cited as the {ordinal})" if ordinal else ""


def _inserted_place(before: int | None, count: int) -> str:
    """Where a new paragraph goes, by the paragraph it follows, as the filing cites it
    ("inserted immediately after the first paragraph"): its locator counts that one, and
    "¶1" alone read as the new paragraph being the first."""
    if before:
        return f" after ¶{before}"
    return " before ¶1" if count else " after its heading"


def cut_at_word(text: str, limit: int) -> str:
    """At most `limit` characters, cut after a whole word (never inside one, nor after
    "and" or "the") with an ellipsis."""
    from amendtool.gui.room import clean_cut

    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return (clean_cut(cut.split(" ")) or cut.rstrip(" ,;:")) + "…"


def _span(numbers: list[str]) -> str:
    """'4–6', or '4' for a single section."""
    return numbers[0] if numbers[0] == numbers[-1] else f"{numbers[0]}–{numbers[-1]}"
