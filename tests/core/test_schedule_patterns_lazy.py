"""The vesting schedules' patterns cost more to compile than the rest of their module: a run
whose sentences name no installment nor anniversary never compiles them, and a sentence
that names one still has its schedule read."""

from __future__ import annotations

import subprocess
import sys

from amendtool.core.facts import extract

READS = """
from amendtool.core.facts import extract
from amendtool.core.vesting_schedules import schedule_patterns
extract("The offer expires at 5:00 p.m., New York City time, on December 4, 2026.")
print(schedule_patterns.cache_info().currsize)
"""


def test_sentences_without_a_schedule_never_compile_the_schedule_patterns() -> None:
    done = subprocess.run([sys.executable, "-c", READS], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


def test_a_schedule_is_still_read() -> None:
    facts = extract("The new options vest in three equal annual installments.")
    assert [f.value for f in facts if f.kind == "schedule"] == ["3x12m from 12m"]
