"""Takes the README's screenshots of the real window:

    docs/screenshot.png   the demo, an item selected, the find bar open on the draft
    docs/series.png       (--series) a project of three amendments of the sample: No. 1 and
                          No. 2 filed, No. 3 extending the offer, the series in the navigator

    Xvfb :99 -screen 0 1366x768x24 -nolisten tcp &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python scripts/screenshot.py

The window takes the whole screen (a 1366x768 laptop's, as counsel's).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from amendtool.gui import settings
from amendtool.gui.app import make_app
from amendtool.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


def sample_series(path: Path) -> Path:
    """The sample's revision as No. 1; No. 2 rewrites the paragraph No. 1 inserted; No. 3
    extends the offer by two weeks."""
    from amendtool.core.filing import load_filing
    from amendtool.core.series import Series
    from amendtool.core.series_steps import draft_extension, next_filing_data
    from amendtool.io.load import load_document
    from amendtool.io.project_file import Project, jsonable, save_project

    first = load_filing(SAMPLES / "filing.toml")
    series = Series(load_document(SAMPLES / "offer-to-exchange.docx"))
    series.draft(load_document(SAMPLES / "offer-to-exchange-revised.docx"), first)
    data = next_filing_data(jsonable(first.to_toml_dict()), first.amendment_date)
    data["amendment"]["date"] = "2026-04-14"
    base = series.base(1)
    sections = []
    for section in base.sections:
        if section.number == "17":
            paragraphs = list(section.paragraphs)
            paragraphs[1] = dataclasses.replace(
                paragraphs[1],
                text="The safe harbor of the Private Securities Litigation Reform Act of 1995 "
                "is not available to us for any statement made in connection with this offer.",
            )
            section = dataclasses.replace(section, paragraphs=paragraphs)
        sections.append(section)
    from amendtool.core.filing import filing_from_dict

    series.draft(dataclasses.replace(base, sections=sections), filing_from_dict(data), data)
    data = next_filing_data(data, dt.date(2026, 4, 20))
    new = first.expiration + dt.timedelta(days=14)
    draft_extension(series, filing_from_dict(data), data, new)
    save_project(Project(series.original, series=series), path)
    return path


def main(argv: list[str]) -> int:
    settings.use_folder(Path(tempfile.mkdtemp()))
    app = make_app([])
    window = MainWindow()
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    series = "--series" in argv
    out = ROOT / "docs" / ("series.png" if series else "screenshot.png")
    if series:
        window.open_project(sample_series(Path(tempfile.mkdtemp()) / "halvorsen.amend"))
    else:
        window.open_demo()

    def shoot() -> None:
        window.session.wait_for_draft()
        window.workspace.items_panel.select(0 if series else 2)
        if not series:  # the find bar at the foot of the window, its matches highlighted
            bar = window.workspace.find_bar
            bar.term.setText("conditions")
            bar.open_in("Draft")
        QApplication.processEvents()
        out.parent.mkdir(exist_ok=True)
        window.grab().save(str(out))
        print(f"wrote {out}: {len(window.session.items)} items")
        window.session.undo_stack.setClean()
        app.quit()

    QTimer.singleShot(2500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
