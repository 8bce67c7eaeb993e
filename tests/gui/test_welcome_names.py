"""Before any offer is open the app cannot know which kind it is: the first page, the
status bar and About speak of the offer document, never only of an Offer to Exchange and
employees (an issuer's offer to purchase its stock is drafted here too)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton


def test_the_first_page_names_no_one_kind_of_offer(qtbot, window, answered_dialogs) -> None:  # type: ignore[no-untyped-def]
    shown = [w.text() for w in window.welcome.findChildren(QLabel)]
    shown += [b.text() for b in window.welcome.findChildren(QPushButton)]
    shown.append(window.counts.text())
    window.about()
    shown.append(answered_dialogs[-1])
    for text in shown:
        if "Offer to Exchange" in text:
            assert "Offer to Purchase" in text, text
        assert "employee" not in text, text
    assert any("offer document" in text for text in shown)
