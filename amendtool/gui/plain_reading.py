"""How plainly counsel's paragraph reads, worked out off the UI thread.

The first reading loads the pronouncing dictionary (seconds), so a worker loads it as soon
as the first items are drafted; each reading after that takes milliseconds, but still never runs on
the UI thread, so typing is never held up. Only the latest text's reading is shown.
"""

from __future__ import annotations

import atexit
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from amendtool.gui.background import Job, start_job

WAIT_MS = 250  # after the last key, the paragraph is read again

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """One thread of its own: a reading never waits behind a long draft, nor slows it."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        atexit.register(_pool.waitForDone, 30000)
    return _pool


@dataclass(frozen=True)
class Reading:
    text: str
    grade: float
    average_sentence: float
    longest_sentence: int
    limits: tuple[float, float, int]  # grade, average and longest sentence allowed
    passive: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (sentence, its passive phrases)
    legal: tuple[tuple[str, str], ...] = ()  # (word as written, everyday replacement)
    placeholders: tuple[str, ...] = ()
    error: str = ""  # the reading could not be made (a firm's list that does not read)


def read_paragraph(text: str) -> Reading:
    """The same measures the notice's check applies, for one paragraph."""
    from amendtool.core.plain_english import (
        legal_words,
        passive_phrases,
        plain_rules,
        readability,
    )
    from amendtool.core.plain_summary import placeholders

    rules = plain_rules()
    marks = tuple(placeholders(text))
    bare = text
    for mark in marks:
        bare = bare.replace(mark, "")
    score = readability([bare])
    return Reading(
        text,
        score.grade,
        score.average_sentence,
        score.longest_sentence,
        (rules.grade, rules.average_sentence, rules.longest_sentence),
        tuple(passive_phrases(text)),  # quoted as written, brackets and all
        tuple(legal_words(bare, rules)),
        marks,
    )


def describe(reading: Reading) -> str:
    """The reading as counsel reads it under the editor (rich text): the measures first,
    then each thing to change."""
    grade, average, longest = reading.limits
    if reading.error:
        return f"The plain-English check did not run: {escape(reading.error)}"
    if not reading.text.strip():
        return "Nothing to read yet."
    good, bad = "#1b6e20", "#b3261e"

    def measure(value: float, limit: float, words: str) -> str:
        colour = good if value <= limit else bad
        return f'<span style="color:{colour}">{words}</span>'

    parts = [
        measure(reading.grade, grade, f"Grade {reading.grade:.1f} (at most {grade:g})"),
        measure(
            reading.average_sentence,
            average,
            f"{reading.average_sentence:.0f} words a sentence (at most {average:g})",
        ),
        measure(reading.longest_sentence, longest, f"longest {reading.longest_sentence}"),
    ]
    lines = [" · ".join(parts)]
    for mark in reading.placeholders:
        lines.append(f'<span style="color:{bad}">Still to write: {escape(mark)}</span>')
    from amendtool.core.plain_english import passive_said

    for sentence, phrases in reading.passive:  # as Checks says it
        said = passive_said(sentence, phrases)
        lines.append(escape(said[:1].upper() + said[1:], quote=False))
    for word, replacement in reading.legal:
        lines.append(f"Legal word “{escape(word)}”: {escape(replacement)}")
    if len(lines) == 1 and all(
        value <= limit
        for value, limit in zip(
            (reading.grade, reading.average_sentence, reading.longest_sentence),
            reading.limits,
            strict=True,
        )
    ):
        lines.append(f'<span style="color:{good}">Reads plainly.</span>')
    return "<br>".join(lines)


class _ReadJob(Job):
    def __init__(self, text: str | None) -> None:
        super().__init__()
        self.text = text
        self.reading: Reading | None = None

    def work_off_thread(self) -> None:
        try:
            if self.text is None:
                from amendtool.core.plain_english import warm_up

                warm_up()
            else:
                self.reading = read_paragraph(self.text)
        except Exception as exc:  # a check that fails must say so, never look clean
            if self.text is not None:
                self.reading = Reading(self.text, 0.0, 0.0, 0, (0.0, 0.0, 0), error=str(exc))


class PlainReader(QObject):
    """Reads the paragraph counsel is writing, one reading at a time, the latest text last."""

    ready = Signal(object)  # a Reading of the text asked for last

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(WAIT_MS)
        self.timer.timeout.connect(self._start)
        self.wanted: str | None = None
        self.shown: Reading | None = None
        self._job: _ReadJob | None = None
        self.warmed = False
        self.stopped = False

    def stop(self) -> None:
        """The window closes: a reading asked for, or a warm-up queued after the first draft,
        starts nothing once it has gone (a timer outlives the close until the window is
        deleted, and a job it started would run on after the window)."""
        self.stopped = True
        self.timer.stop()

    def warm(self) -> None:
        """Load the dictionary now, not when counsel first types (once the first items are
        drafted, so that the app's first tidy-up of memory need not walk it)."""
        if not self.warmed:
            self.warmed = True
            if self._job is None:
                self._run(_ReadJob(None))

    def read(self, text: str) -> None:
        self.wanted = text
        if not text.strip():  # nothing to read: no worker, and no dictionary loaded for it
            self.timer.stop()
            self.ready.emit(Reading(text, 0.0, 0.0, 0, (0.0, 0.0, 0)))
            return
        if self.shown is not None and self.shown.text == text:
            self.timer.stop()
            self.ready.emit(self.shown)
            return
        self.timer.start()

    def busy(self) -> bool:
        return self.timer.isActive() or self._job is not None

    def _start(self) -> None:
        self.warmed = True
        if self._job is None and self.wanted is not None:
            self._run(_ReadJob(self.wanted))

    def _run(self, job: _ReadJob) -> None:
        if self.stopped:
            job.drop()
            return
        self._job = job
        job.signals.done.connect(self._done)
        start_job(pool(), job)

    def _done(self) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        if job.reading is not None and job.reading.text == self.wanted:
            self.shown = job.reading
            self.ready.emit(job.reading)
        elif self.wanted is not None and self.wanted != job.text and not self.timer.isActive():
            self._start()  # counsel typed on while this was read: read the latest
