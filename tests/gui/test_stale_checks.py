"""Checks still running when counsel changes what they check are given up between two
checks, and what they found is never shown: every list of findings the Checks panel is
given is the list for the items it shows."""

from __future__ import annotations

import threading

import pytest

from amendtool.core import checks
from amendtool.core.findings import WARNING, Finding
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import pause


def test_checks_of_replaced_items_are_given_up_and_never_shown(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    session = window.session
    gate, entered = threading.Event(), threading.Event()
    checked: list[str] = []
    later: list[str] = []

    def probe(amendment):  # type: ignore[no-untyped-def]
        said = amendment.change_items[0].materiality.value
        checked.append(said)
        entered.set()
        gate.wait(20)
        return [Finding(WARNING, "probe", f"probe: item A is {said}")]

    real_plain = checks.check_stale_terms

    def after(amendment):  # type: ignore[no-untyped-def]
        later.append(amendment.change_items[0].materiality.value)
        return real_plain(amendment)

    monkeypatch.setattr(checks, "check_terms", probe)
    monkeypatch.setattr(checks, "check_stale_terms", after)
    shown: list[tuple[str, list[str]]] = []

    def seen() -> None:
        probes = [f.message for f in session.findings if f.code == "probe"]
        shown.append((session.items[0].materiality.value, probes))

    session.findingsChanged.connect(seen)
    before = session.items[0].materiality.value
    session.refresh_checks()
    assert entered.wait(20)  # the checks of item A as it is are running
    chosen = "clarifying" if before != "clarifying" else "material"
    session.set_materiality(session.items[0].substance(), chosen)
    gate.set()
    for _ in range(50):
        pause(20)
    session.wait_for_draft()
    assert session.checked
    assert before in checked and checked[-1] == chosen
    assert before not in later  # given up before the next check
    for materiality, probes in shown:
        assert all(message.endswith(materiality) for message in probes), shown
    assert [f.message for f in session.findings if f.code == "probe"] == [
        f"probe: item A is {chosen}"
    ]
