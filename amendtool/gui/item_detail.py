"""The selected item's detail in the items panel: its class, its filing and notice wording
(counsel's or the tool's, never written over while counsel types) and the notice's plain
paragraph on it; and the key that finds an item again across re-drafts."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QTabWidget

from amendtool.core.items import AmendmentItem, Materiality, letter
from amendtool.gui import item_rows, session_decisions
from amendtool.gui.session_decisions import wording_to_keep

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.gui.find_targets import SearchedRows
    from amendtool.gui.plain_editor import PlainEditor
    from amendtool.gui.session_decisions import WordingKeeper


class ItemDetail:
    """What the panel shows and keeps for the selected item (mixed into the items panel)."""

    overrideRequested: SignalInstance
    materialityRequested: SignalInstance
    list: SearchedRows
    filing: QPlainTextEdit
    notice: QPlainTextEdit
    keeper: WordingKeeper
    quoted: QPlainTextEdit
    materiality: QComboBox
    reason: QLabel
    plain: PlainEditor
    apply_button: QPushButton
    reset_button: QPushButton
    reject_button: QPushButton
    status: QLabel
    tabs: QTabWidget
    filing_label: QLabel
    _notice_label: QLabel
    amendment: Amendment | None
    items: builtins.list[AmendmentItem]
    _keys: builtins.list[Key]
    _shown_key: object
    _shown_text: dict[str, str]
    _generated: dict[tuple[str, str], str]

    def _nothing_selected(self) -> str:
        """The panel's line with no item shown; a final amendment holds the results, which
        change no text of the offer, and is never "no changes yet"."""
        if self.list.count():
            return "Select an item to see its wording."
        if self.amendment is not None and self.amendment.kind == "results":
            from amendtool.core.series_amendment import contents

            a = self.amendment
            reported = contents("results", 0, a.results_data, a.filing, a.original)
            return (
                f"This final amendment reports the {reported}. It changes no text of the "
                "offer; its Item 4 paragraph is in the filing."
            )
        return "No changes yet: edit the draft or load a revised file."

    def _show_detail(self, row: int | None) -> None:
        item = self.items[row] if row is not None and 0 <= row < len(self.items) else None
        worded = item is not None and self.amendment is not None
        for widget in (self.filing, self.notice):
            widget.setEnabled(worded)
        self.apply_button.setEnabled(False)  # until counsel types words to keep
        self.materiality.setEnabled(item is not None)
        self.reject_button.setEnabled(item is not None)
        plain = self.amendment is not None and self.amendment.filing.notice_style == "plain"
        self._notice_follows_filing(plain)
        if item is None:
            self._mark_counsels(False)
            self.materiality.setCurrentIndex(-1)  # no item, no class
            self._set_wording(None, "", "")
            self.quoted.setPlainText("")
            self.reason.setText("")
            self.plain.item = None
            self.plain.show_paragraph(None, "", None, "plain")
            self.tabs.setTabText(self.tabs.indexOf(self.plain), PLAIN_TAB)  # nothing to write
            self.status.setText(self._nothing_selected())
            return
        key = self._keys[row] if row is not None and row < len(self._keys) else _key(item)
        if self.amendment is None:
            self._set_wording(key, "", "")
            self._mark_counsels(False)
            self.status.setText(
                "Enter the filing details (Edit ▸ Filing Details) to see this item's filing "
                "and notice wording."
            )
        else:
            self._set_wording(
                key,
                self.amendment.filing_instruction(item),
                self.amendment.notice_instruction(item),
            )
            edited = item.override_basis == item.substance() and item.override_basis
            typing = self.keeper.pending and key == self._shown_key
            caption = session_decisions.TYPED if typing else session_decisions.KEPT
            self._mark_counsels(bool(edited or typing))
            self.apply_button.setEnabled(bool(typing))
            self.status.setText(
                (caption if edited or typing else session_decisions.GENERATED)
                + (PLAIN_NOTICE_NOTE if plain else "")
            )
        quoted = "\n\n".join(item.new_paragraphs) or item.new_text
        if self.quoted.toPlainText() != quoted:
            self.quoted.setPlainText(quoted)
        self.materiality.setCurrentIndex(self.materiality.findData(item.materiality.value))
        self.reason.setText(item_rows.reason_text(item))
        self._show_plain(item, key[0])

    def _notice_follows_filing(self, plain: bool) -> None:
        """A plain notice prints the filing's own words under "The exact changes": there the
        Notice box shows them and cannot be typed in (what counsel keeps is what it shows);
        the notice's own paragraph on the change is on the plain paragraph tab."""
        self.notice.setReadOnly(plain)
        label = self._notice_label
        label.setText("Notice (filing's words):" if plain else "Notice:")
        self.notice.setToolTip(
            "The plain notice prints the filing's wording here; edit it in the Filing box."
            if plain
            else ""
        )

    def _show_plain(self, item: AmendmentItem, substance: str) -> None:
        """The paragraph the notice prints on this change: counsel's, or the tool's."""
        from amendtool.core.offer_names import NEUTRAL_AUDIENCE, audience, offer_title

        generated = self._tool_paragraph(item, substance)
        amendment = self.amendment
        title = offer_title(amendment.filing, amendment.original) if amendment else ""
        readers = (
            audience(amendment.wording, title, amendment.filing.notice_to)
            if amendment
            else NEUTRAL_AUDIENCE
        )
        style = self.amendment.filing.notice_style if self.amendment else "plain"
        from amendtool.core.changes import item_texts

        texts: tuple[str, ...] = item_texts(item)
        if self.amendment is not None:
            from amendtool.core.plain_checks import offers_deadline

            texts += (offers_deadline(self.amendment),)
            self.plain.offer = tuple(p.text for p in self.amendment.revised.paragraphs())
        stale = item.plain_override if item.stale_plain else None  # shown, to read again
        self.plain.item = item
        from amendtool.core.plain_shared import shared_note

        self.plain.shared.setText(shared_note(self.amendment, item) if self.amendment else "")
        self.plain.show_paragraph(
            substance, generated, item.plain_summary, style, texts, readers, stale
        )
        # the precedent notice prints no plain paragraphs: there is nothing to write
        to_write = ""
        if style != "precedent" and self.plain.to_read_again():
            to_write = " — to read again"
        elif style != "precedent" and self.plain.unfinished():
            to_write = " — to write"
        self.tabs.setTabText(self.tabs.indexOf(self.plain), PLAIN_TAB + to_write)

    def _tool_paragraph(self, item: AmendmentItem, substance: str) -> str:
        """The tool's plain paragraph on a change, by the export's own function; worked out
        once for each change and offer title, not on every re-draft."""
        from amendtool.core.offer_names import offer_title

        amendment = self.amendment
        if amendment is None:
            return ""
        key = (substance, offer_title(amendment.filing, amendment.original))
        generated = self._generated.get(key)
        if generated is None:
            generated = amendment.tool_paragraph(item)
            if len(self._generated) > 1000:
                self._generated.clear()
            self._generated[key] = generated
        return generated

    def _set_wording(self, key: object, filing: str, notice: str) -> None:
        """Show an item's wording, but never over words counsel is typing for the same item."""
        same_item = key is not None and key == self._shown_key
        if not same_item:
            self.keeper.take()  # left unkept only when the item is gone
            self.keeper.new_visit()
        for box, text in ((self.filing, filing), (self.notice, notice)):
            current = box.toPlainText()
            typed = same_item and current != self._shown_text.get(box.objectName())
            if typed:
                continue
            if current.strip() != text.strip():  # kept words differ only by their ends
                with self.keeper.showing():
                    box.setPlainText(text)
            self._shown_text[box.objectName()] = box.toPlainText()
        self._shown_key = key

    def _typed_caption(self) -> None:
        note = PLAIN_NOTICE_NOTE if self.notice.isReadOnly() else ""
        self._mark_counsels(True)
        self.apply_button.setEnabled(True)
        self.status.setText(session_decisions.TYPED + note)

    def _mark_counsels(self, counsels: bool) -> None:
        """The Filing box's label says whose words it holds; the one click back to the
        tool's wording is offered only while counsel's stand."""
        self.filing_label.setText(COUNSELS_FILING_LABEL if counsels else FILING_LABEL)
        self.reset_button.setEnabled(counsels)

    def keep_typed(self) -> None:
        """Keep what counsel typed in the boxes for the item it was typed for."""
        if not self.keeper.take() or self.amendment is None:
            return
        self.apply_button.setEnabled(False)  # kept: nothing more to keep
        row = _find(self._keys, self._shown_key)  # type: ignore[arg-type]
        if row is None:
            return
        for box in (self.filing, self.notice):  # what is kept is what the boxes show
            self._shown_text[box.objectName()] = box.toPlainText()
        self._emit_wording(row, self.keeper.visit)

    def _emit_wording(self, row: int, visit: int) -> None:
        if self.amendment is None or not 0 <= row < len(self.items):
            return
        filing, notice = wording_to_keep(
            self.amendment,
            self.items[row],
            self.filing.toPlainText(),
            self.notice.toPlainText(),
            self.notice.isReadOnly(),
        )
        self.overrideRequested.emit(self.items[row], filing, notice, visit)

    def _apply(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self.amendment is None:
            return
        self.keeper.take()
        self.apply_button.setEnabled(False)
        self._shown_key = None  # what is kept is shown from now on
        self._emit_wording(row, -1)

    def _reset(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            self.keeper.take()
            self._shown_key = None
            self.overrideRequested.emit(self.items[row], None, None, -1)

    def _materiality(self, index: int) -> None:
        """Counsel's class for the selected item; "extension" on an item that does not move
        the expiration later is refused where it was chosen, saying why."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.items):
            return
        item, value = self.items[row], self.materiality.itemData(index)
        if value == Materiality.EXTENSION.value:
            from amendtool.core.expirations import extension_refusal

            refusal = extension_refusal(item, f"Item {letter(row)}", items=self.items)
            if refusal is not None:
                self.materiality.setCurrentIndex(self.materiality.findData(item.materiality.value))
                self.reason.setText(refusal)
                return
        self.materialityRequested.emit(item, value)


PLAIN_TAB = "Plain paragraph (notice)"
USE_GENERATED = "Use the Generated Wording"
FILING_LABEL = "Filing:"
COUNSELS_FILING_LABEL = "Filing (counsel's):"
PLAIN_NOTICE_NOTE = (
    f" The notice quotes these words; its own paragraph is on the “{PLAIN_TAB}” tab."
)
Key = tuple[str, tuple[object, ...]]


def _key(item: AmendmentItem) -> Key:
    """What identifies an item across re-drafts: what it changes, else where it is (its
    kind may change as counsel edits: a replaced paragraph becomes replaced words), both as
    filed, so a paragraph typed in before it does not lose it."""
    return item.substance(), (item.filed_section(), *item.filed_place())


def _find(keys: list[Key], key: Key | None) -> int | None:
    if key is None:
        return None
    substance, place = key
    fallback = None
    for index, found in enumerate(keys):
        if found[0] == substance:
            return index
        if fallback is None and found[1] == place:
            fallback = index
    return fallback
