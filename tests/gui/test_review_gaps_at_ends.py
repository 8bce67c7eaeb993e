"""Review marks the place of a change at a section's end and at the end of the offer too: a
paragraph added at the end of a section that is followed by a deleted last section shows its
marker above that section's heading, and the deleted last section shows its marker after the
amended text's last paragraph, in view in the middle of the pane when counsel steps to it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from amendtool.gui.main_window import MainWindow
from amendtool.gui.review_gaps import ReviewPane, marker_colour
from amendtool.gui.review_window import ReviewWindow
from tests.gui.conftest import wait_items
from tests.gui.human import pause
from tests.gui.test_journey_reject_places import ORIGINAL as THREE_SECTIONS
from tests.gui.test_journey_review_gaps import _drawn, _text_between

LAST = "     The Company will announce any waiver by press release."
HEADING = "4. Miscellaneous."
FILLER = "".join(  # long enough that the end of the offer is scrolled to
    f"\n     Holders of Notes of series {n} may tender them in the offer.\n" for n in range(40)
)
LONG = THREE_SECTIONS.replace(
    "2. Withdrawal Rights.", FILLER.lstrip("\n") + "\n2. Withdrawal Rights."
)
ORIGINAL = (
    LONG + f"\n{HEADING}\n\n     This offer is not made in any jurisdiction in which it would be "
    "unlawful.\n"
)
ADDED = "     Holders may ask the information agent for copies of this offer."
REVISED = LONG + f"\n{ADDED}\n"


def test_changes_at_a_sections_end_and_the_offers_end_have_markers_in_view(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "orig.txt").write_text(ORIGINAL)
    (tmp_path / "rev.txt").write_text(REVISED)
    window.open_documents(tmp_path / "orig.txt", tmp_path / "rev.txt")
    wait_items(qtbot, window, 2)
    kinds = sorted(i.kind.value for i in window.session.items)
    assert kinds == ["delete_section", "insert_paragraph"], kinds
    window.actions_by_id["review"].trigger()
    review = next(w for w in window.findChildren(ReviewWindow) if w.isVisible())
    qtbot.waitExposed(review)
    for _ in window.session.items:
        QTest.keyClick(review, Qt.Key.Key_F8)
        pause(60)
        index = review.current
        assert index is not None
        inserted = window.session.items[index].kind.value == "insert_paragraph"
        pane, side = (review.left, "original") if inserted else (review.right, "amended")
        assert isinstance(pane, ReviewPane)
        [gap] = [g for g in pane.gaps if index in g.items]
        y = pane.gap_line(gap)
        above, below = _text_between(pane, y)
        if inserted:  # where it goes: after the section's last paragraph, above Section 4
            assert (above.strip(), below) == (LAST.strip(), HEADING), (above, below)
        else:  # where Section 4 was: after the amended text's last paragraph
            assert (above.strip(), below) == (ADDED.strip(), ""), (above, below)
        shown = y - pane.verticalScrollBar().value()
        height = pane.viewport().height()
        assert height / 4 < shown < height * 3 / 4, (shown, height)  # centred, as F8 puts it
        assert _drawn(pane, y, marker_colour(pane.palette(), side)) > 30
