"""Qt runs offscreen; fixtures are generated once per session into a temporary folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

from tests.support.freed_memory import give_back_freed_memory

# no test asserts how long an example takes: a loaded machine must not turn a slow first call
# (patterns compiled, dictionaries read) into a failure
settings.register_profile("amendtool", deadline=None)
settings.load_profile("amendtool")

ROOT = Path(__file__).resolve().parent.parent
# the example filing (an amendment as filed and its filing details), bundled with the tests
# so that a clone without the reference folder beside it runs every test
EXAMPLE_DIR = ROOT / "tests" / "data" / "example-filing"
SAMPLES = ROOT / "resources" / "samples"
sys.path.insert(0, str(ROOT / "tests" / "data"))


@pytest.fixture(scope="session")
def fixture_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    import make_fixtures

    return make_fixtures.build(tmp_path_factory.mktemp("fixtures"))


@pytest.fixture(scope="session")
def example_filing_toml() -> Path:
    path = EXAMPLE_DIR / "filing.toml"
    assert path.exists(), f"the example filing details are expected at {path}"
    return path


@pytest.fixture(scope="session")
def example_filing_text() -> str:
    return (EXAMPLE_DIR / "schedule-to-amendment-2.txt").read_text(encoding="utf-8")


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    """What the test freed goes back to the system, so a whole run's memory stays that of
    one test (tests/support/freed_memory.py)."""
    give_back_freed_memory()
