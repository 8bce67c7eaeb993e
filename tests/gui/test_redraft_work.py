"""Drafting again after typing redoes only what the typing changed: counted, not timed.

Each pause in typing re-drafts the whole offer in a worker; what comes back must not cost
the UI thread a pass over every item (on a 300-page revision with 300 changes, rebuilding
every row of the item list was the longest stall counsel felt while typing).
"""

from __future__ import annotations

from amendtool.core.items import ItemKind, letter
from amendtool.gui import item_rows
from amendtool.gui.draft_job import kept_items
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys


def test_typing_in_one_changed_paragraph_redoes_one_row(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    session, pane = window.session, window.workspace.draft_pane
    before = list(session.items)
    typed = next(
        index
        for index, item in enumerate(before)
        if item.kind in (ItemKind.REPLACE_PARAGRAPH, ItemKind.REPLACE_SENTENCE)
        and len(item.new_text) > 40
        and pane.toPlainText().count(item.new_text[:40]) == 1
    )
    rows: list[str] = []
    real = item_rows.row_text

    def counted(number: str, item, said=None):  # type: ignore[no-untyped-def]
        rows.append(number)
        return real(number, item, said)

    monkeypatch.setattr(item_rows, "row_text", counted)
    qtbot.waitUntil(lambda: session.checked, timeout=15000)
    painted = {id(s) for s in pane._mark_selections}
    marks = len(painted)
    click_in_text(pane, before[typed].new_text[:40], offset=0)
    type_keys(pane, "Indeed, ")
    qtbot.waitUntil(lambda: session.items[typed].new_text.startswith("Indeed, "), timeout=15000)
    wait_items(qtbot, window, 6)
    after = session.items
    # every item the typing did not touch is the very item shown before
    assert [a is b for a, b in zip(before, after, strict=True)] == [
        index != typed for index in range(6)
    ]
    # and only the row of the item typed in was written again (once for each draft)
    assert rows and set(rows) == {letter(typed)}
    assert window.workspace.items_panel.list.item(typed).text().startswith(f"{letter(typed)}.")
    # the marks in the draft: those of the other items are kept as painted
    qtbot.waitUntil(lambda: session.checked, timeout=15000)
    fresh = [s for s in pane._mark_selections if id(s) not in painted]
    block = pane.document().find("Indeed, ").blockNumber()
    assert marks > 5 and fresh, (marks, len(fresh))
    assert {s.cursor.blockNumber() for s in fresh} == {block}  # made anew: the typed one's


def test_an_item_drafted_again_differently_is_the_new_one() -> None:
    """Identity is kept only for an item equal in every respect: a changed class, wording
    or place is shown as drafted."""
    from amendtool.core.drafting import draft_items
    from tests.support.builders import doc

    front = ("", ["Acme Widgets, Inc. is offering to exchange options."])
    heading = "7. Conditions of the Offer"
    old = ["We may end the offer.", "Each option is cancelled.", "Tenders are final."]
    first = draft_items(
        doc([front, (heading, old)]),
        doc([front, (heading, ["We may end the offer early.", *old[1:]])]),
    ).items
    again = draft_items(
        doc([front, (heading, old)]),
        doc([front, (heading, ["We may end the offer early.", *old[1:]])]),
    ).items
    assert kept_items(first, again)[0] is first[0]
    changed = draft_items(
        doc([front, (heading, old)]),
        doc([front, (heading, ["We may end the offer early.", old[1], "Tenders are final!"])]),
    ).items
    kept = kept_items(first, changed)
    assert kept[0] is first[0] and kept[1] is changed[1]
    first[0].filing_override = "Counsel's own words."
    assert kept_items(first, again)[0] is again[0]


def test_a_review_of_replaced_items_is_given_up_between_its_steps(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Typing goes on while the checks of the last draft run: once newer items are being
    drafted, the review stops at its next step instead of competing with the draft."""
    from amendtool.core import checks
    from amendtool.core.drafting import draft_items
    from amendtool.core.filing import load_filing
    from amendtool.gui.draft_job import review
    from amendtool.io.load import load_document
    from tests.conftest import SAMPLES

    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    filing = load_filing(SAMPLES / "filing.toml")
    result = draft_items(original, revised)
    ran: list[str] = []
    real = checks.run_checks
    monkeypatch.setattr(
        checks, "run_checks", lambda a, stop=None: ran.append("checks") or real(a, stop)
    )
    asked = iter([False, True])
    stopped = review(
        1, original, revised, result.items, filing, result.notes, {}, lambda: next(asked)
    )
    # asked once before the checks, and again before their first: given up inside them
    assert stopped.stopped and ran == ["checks"] and not stopped.filing_html
    done = review(1, original, revised, result.items, filing, result.notes, {})
    assert not done.stopped and done.filing_html and done.changes is not None


def test_a_review_given_up_shows_nothing_and_the_items_are_reviewed_again(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from amendtool.core.checks import ERROR, Finding
    from amendtool.gui.draft_job import ReviewOutcome

    window.open_demo()
    wait_items(qtbot, window, 6)
    session = window.session
    shown = session.findings
    session._reviewing = True
    stale = Finding(ERROR, "internal", "a finding of items no longer shown")
    session._review_done(ReviewOutcome(session._reviewed, [stale], stopped=True))
    assert session.findings is shown
    wait_items(qtbot, window, 6)
    assert session.checked and stale not in session.findings
