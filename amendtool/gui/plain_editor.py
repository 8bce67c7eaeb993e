"""Counsel's plain paragraph on the selected change, for the employee notice.

Shows the paragraph the notice will print (the tool's, or counsel's own), lets counsel
rewrite it, and keeps what counsel writes as an undoable decision on that change (found
again by what it changes, so a re-draft keeps it). What counsel is typing is never
replaced by a re-draft; an undo or redo of the paragraph itself is shown at once. Under
the editor, how plainly it reads, worked out off the UI thread as counsel types.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from amendtool.core.items import AmendmentItem
from amendtool.core.offer_names import NEUTRAL_AUDIENCE
from amendtool.gui.plain_reading import PlainReader, Reading, describe
from amendtool.gui.wrapped_label import WrappedLabel

KEEP_MS = 700  # a pause this long in typing keeps the paragraph (one undo step per visit)

_READING = '<span style="color:gray">Reading…</span>'
_TOOL = "Written by the tool from the change; edit it to write your own."
_UNFINISHED = (
    "The tool cannot say what this change means for {audience}: replace the words in "
    "brackets (export refuses while they are left)."
)
_PLACEHOLDER = "What this change means for {audience}, in plain words."
_COUNSEL = "Counsel's paragraph, kept until this change itself changes."
_STALE = (
    "Counsel's paragraph, written before this change last changed: the notice prints the "
    "tool's until you read it again and keep it (edit it, or Keep This Paragraph)."
)
_PRECEDENT = (
    "The notice is in the precedent style, which prints no plain paragraphs: nothing here is "
    "printed, and nothing needs writing (the style is chosen under Edit ▸ Filing Details)."
)


class PlainEditor(QWidget):
    # what the change changes (its substance), counsel's paragraph or None, the visit
    paragraphWritten = Signal(str, object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plainEditor")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("plainParagraph")
        self.editor.setPlaceholderText(_PLACEHOLDER.format(audience=NEUTRAL_AUDIENCE))
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        self.editor.viewport().installEventFilter(self)  # where the clicks go
        self.editor.textChanged.connect(self._typed)
        # as tall as their wrapped lines: on a laptop's screen none is drawn under the next
        self.status = WrappedLabel()
        self.status.setObjectName("plainStatus")
        self.shared = WrappedLabel()  # the items the notice's one paragraph here speaks for
        self.shared.setObjectName("plainShared")
        self.reset_button = QPushButton("Back to the tool's paragraph")
        self.reset_button.setObjectName("plainReset")
        self.reset_button.clicked.connect(self.reset)
        self.keep_button = QPushButton("Keep This Paragraph")
        self.keep_button.setObjectName("plainKeep")
        self.keep_button.clicked.connect(self.keep_stale)
        self.keep_button.setVisible(False)
        self.reading = WrappedLabel(_READING)
        self.reading.setObjectName("plainReading")
        self.reading.setTextFormat(Qt.TextFormat.RichText)
        # counsel's figures read against the change's, as `check` reads them
        self.facts = WrappedLabel()
        self.facts.setObjectName("plainFacts")
        self.facts.setStyleSheet("color: #a05a00")
        self.texts: tuple[str, ...] = ("", "")  # the change's old and new text (and deadline)
        self.offer: tuple[str, ...] = ()  # the offer's paragraphs: figures no stray values
        # the change shown, whose table's rows counsel's figures are read against one by one
        self.item: AmendmentItem | None = None
        self.reader = PlainReader(self)
        self.reader.ready.connect(self._show_reading)
        self.keep_timer = QTimer(self)
        self.keep_timer.setSingleShot(True)
        self.keep_timer.setInterval(KEEP_MS)
        self.keep_timer.timeout.connect(self.commit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.reading)
        layout.addWidget(self.facts)
        layout.addWidget(self.status)
        layout.addWidget(self.shared)
        layout.addLayout(row)
        self.substance: str | None = None  # the change shown
        self.generated = ""  # the tool's paragraph for it
        self.counsel: str | None = None  # counsel's paragraph as last shown or kept
        self.stale: str | None = None  # counsel's paragraph for an earlier version, shown
        self.shown = ""  # the editor's text as last shown or kept
        self.visit = 0  # counts selections: typing in one visit is one undo step
        self._showing = False
        self.show_paragraph(None, "", None, "plain")

    # --- showing ------------------------------------------------------------------------------
    def show_paragraph(
        self,
        substance: str | None,
        generated: str,
        counsel: str | None,
        style: str,
        texts: tuple[str, ...] = ("", ""),
        audience: str = NEUTRAL_AUDIENCE,
        stale: str | None = None,
    ) -> None:
        """Show a change's paragraph; words counsel is typing for the same change stay.
        `texts`: the change's old and new text, which counsel's figures are read against,
        and the offer's deadline when known (a paragraph may name it); `audience`: who the
        notice speaks to, as the notice itself names them. `stale`: counsel's paragraph
        written before the change last changed (a word corrected in the draft): shown, with
        the note to read it again, never replaced unseen by the tool's."""
        self.texts = texts
        self.editor.setPlaceholderText(_PLACEHOLDER.format(audience=audience))
        left = None
        replaced = substance != self.substance
        if replaced:
            left = self._take()  # what was typed for the change left is kept for it
            self.visit += 1
        elif counsel == self.counsel and self.editor.toPlainText() != self.shown:
            self.generated = generated  # a re-draft while counsel types: the words stay
            self._check_facts()
            return
        else:
            self.keep_timer.stop()  # the paragraph itself changed (undo, redo, reset)
        self.substance, self.generated, self.counsel = substance, generated, counsel
        self.stale = stale if counsel is None and stale else None
        text = counsel if counsel is not None else self.stale or generated
        if self.editor.toPlainText().strip() != text.strip():
            replaced = True
            self._showing = True
            self.editor.setPlainText(text)
            self._showing = False
        self.shown = self.editor.toPlainText()
        self.editor.setEnabled(substance is not None)
        self.reset_button.setEnabled(counsel is not None or self.stale is not None)
        self.keep_button.setVisible(self.stale is not None)
        if substance is None:
            self.status.setText("")
        elif self.stale is not None:
            self.status.setText(_STALE)
        elif style == "precedent":  # no placeholder holds export back: none is printed
            self.status.setText(_PRECEDENT)
        else:
            self.status.setText(_status(counsel, text).format(audience=audience))
        if replaced:
            self.reading.setText(_READING)  # never another paragraph's reading under this one
        self.reader.read(self.shown)
        self._check_facts()
        if left is not None:
            self.paragraphWritten.emit(*left)

    def _show_reading(self, reading: Reading) -> None:
        if self.substance is None:
            self.reading.setText("")
        elif reading.text == self.editor.toPlainText():
            self.reading.setText(describe(reading))

    # --- keeping what counsel writes --------------------------------------------------------
    def _typed(self) -> None:
        if self._showing or self.substance is None:
            return
        self.keep_timer.start()
        self.reader.read(self.editor.toPlainText())
        self._check_facts()

    def _check_facts(self) -> None:
        """Counsel's words against the change's figures: the old value said as the new, or a
        value the change does not contain (the tool's own paragraph is not read)."""
        from amendtool.core.plain_contradictions import contradictions
        from amendtool.core.plain_table_facts import counsel_problems

        text = self.editor.toPlainText().strip()
        if self.substance is None or not text or text == self.generated.strip():
            self.facts.setText("")
            return
        old, new, *known = self.texts
        deadline = known[0] if known else ""
        problems = (
            [p.text for p in counsel_problems(self.item, text, deadline, self.offer)]
            if self.item is not None
            else contradictions(old, new, text, deadline, self.offer)
        )
        self.facts.setText("\n".join(f"This paragraph {p}." for p in problems))

    def unfinished(self) -> bool:
        """The paragraph shown still has words in brackets for counsel to write."""
        from amendtool.core.plain_summary import placeholders

        return bool(placeholders(self.editor.toPlainText()))

    def pending(self) -> bool:
        return self.substance is not None and self.editor.toPlainText() != self.shown

    def commit(self) -> None:
        """Keep the paragraph as typed (one undo step for each visit to the item)."""
        if (kept := self._take()) is not None:
            self.paragraphWritten.emit(*kept)

    def _take(self) -> tuple[str, str | None, int] | None:
        """What counsel typed and has not been kept yet: the tool's words left as they were
        are not counsel's, and an emptied editor goes back to the tool's paragraph."""
        self.keep_timer.stop()
        if not self.pending() or self.substance is None:
            return None
        typed = self.editor.toPlainText()
        text = typed.strip()
        value = None if not text or text == self.generated.strip() else text
        self.shown, self.counsel = typed, value
        return self.substance, value, self.visit

    def to_read_again(self) -> bool:
        """Counsel's paragraph shown is one written for an earlier version of the change."""
        return self.stale is not None

    def keep_stale(self) -> None:
        """Counsel has read the paragraph again: kept, as it now reads, for this change."""
        if self.substance is None or self.stale is None:
            return
        self.keep_timer.stop()
        self.visit += 1
        text = self.editor.toPlainText().strip()
        self.shown, self.counsel, self.stale = self.editor.toPlainText(), text or None, None
        self.keep_button.setVisible(False)
        self.status.setText(_COUNSEL)
        self.paragraphWritten.emit(self.substance, self.counsel, self.visit)

    def reset(self) -> None:
        if self.substance is None:
            return
        self.keep_timer.stop()
        self.visit += 1
        self.shown = self.editor.toPlainText()  # nothing typed is pending now
        self.counsel = self.stale = None
        self.paragraphWritten.emit(self.substance, None, self.visit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit()
        elif watched is self.editor and event.type() == QEvent.Type.FocusIn:
            self.visit += 1  # typing after coming back is a new undo step
        elif (
            watched is self.editor.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.editor.textCursor().hasSelection()
        ):
            self._select_placeholder()
        return super().eventFilter(watched, event)

    def _select_placeholder(self) -> None:
        """A click on the words in brackets (or just after them, as in the room below the
        text) selects them whole, so what counsel types replaces them, as a form's "click
        here to enter text" does; a click on the tool's own words goes where it lands."""
        from amendtool.core.plain_summary import placeholder_spans
        from amendtool.gui.text_units import spans_to_units

        text = self.editor.toPlainText()
        spans = spans_to_units(text, placeholder_spans(text))
        at = self.editor.textCursor().position()
        inside = [span for span in spans if span[0] <= at <= span[1]]
        if not inside:
            return
        chosen = inside[0]
        cursor = self.editor.textCursor()
        cursor.setPosition(chosen[0])
        cursor.setPosition(chosen[1], cursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)


def _status(counsel: str | None, text: str) -> str:
    from amendtool.core.plain_summary import placeholders

    if counsel is not None:
        return _COUNSEL if not placeholders(text) else _UNFINISHED
    return _UNFINISHED if placeholders(text) else _TOOL
