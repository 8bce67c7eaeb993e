"""A window waits on its jobs' `finished` and then counts what is left running: the job must
be known as ended by the time a waiter wakes, or a loaded machine sees work outlive its window."""

from __future__ import annotations

import threading
import time

from amendtool.gui.background import Job, unfinished_jobs


class _SlowToReturn(threading.Event):
    """Sets the flag, then takes its time returning, as a descheduled worker thread would."""

    def set(self) -> None:
        super().set()
        time.sleep(0.3)


class _Quick(Job):
    def work_off_thread(self) -> None:
        return None


def test_a_waiter_woken_by_finished_sees_the_job_ended() -> None:
    job = _Quick()
    job.finished = _SlowToReturn()
    worker = threading.Thread(target=job.run)
    worker.start()
    try:
        assert job.finished.wait(5)
        assert "_Quick" not in unfinished_jobs()
    finally:
        worker.join()
