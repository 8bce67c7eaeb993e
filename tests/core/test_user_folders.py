"""The store, its key and the logs are placed by one table of the platforms' conventions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from amendtool.core import cache_seal, pattern_store
from amendtool.core.user_folders import user_folder
from amendtool.io.failure_reports import log_folder


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    for name in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_linux_follows_xdg_and_ignores_a_relative_value(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert user_folder("cache") == home / ".cache" / "amendtool"
    assert log_folder() == home / ".local" / "state" / "amendtool"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "c"))
    monkeypatch.setenv("XDG_STATE_HOME", "relative/state")
    assert pattern_store.store_path().parent == home / "c" / "amendtool"
    assert cache_seal.key_path() == home / ".local/state/amendtool/pattern-store.key"


def test_macos_keeps_cache_state_and_logs_apart(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert pattern_store.store_path().parent == home / "Library" / "Caches" / "amendtool"
    assert cache_seal.key_path().parent == home / "Library/Application Support/amendtool"
    assert log_folder() == home / "Library" / "Logs" / "amendtool"


def test_windows_puts_each_under_local_app_data(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(home / "Local"))
    base = home / "Local" / "amendtool"
    assert pattern_store.store_path().parent == base / "Cache"
    assert cache_seal.key_path().parent == base / "State"
    assert log_folder() == base / "Logs"
