"""`amendtool filing.toml` opens the app, as a lone file on the command line does, with a
message in the app's own words on where filing details go: never the command line's
"give it with --filing", which means nothing in a window."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import SAMPLES


def test_filing_details_given_alone_open_the_app_saying_where_they_go(  # type: ignore[no-untyped-def]
    qtbot, answered_dialogs: list[str], tmp_path: Path
) -> None:
    from amendtool.gui.app import make_app, open_window
    from amendtool.launch import opens_app

    filing = tmp_path / "filing.toml"
    shutil.copy(SAMPLES / "filing.toml", filing)
    assert opens_app([str(filing)])
    make_app([])
    window = open_window([str(filing)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: any("filing.toml" in t for t in answered_dialogs), timeout=10000)
    said = next(t for t in answered_dialogs if "filing.toml" in t)
    assert "--filing" not in said
    assert "New from Original" in said and "Filing Details" in said
    assert window.isVisible() and window.session.original is None
