"""`pipx install amendtool && amendtool` opens the app: the window is a core dependency, and
the installers build (and start the installed app) on every push to main."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pyside6_is_a_core_dependency_and_no_gui_extra_remains() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert any(d.startswith("PySide6-Essentials") for d in project["dependencies"])
    assert any(d.startswith("pyspellchecker") for d in project["dependencies"])
    assert "gui" not in project.get("optional-dependencies", {})
    lock = (ROOT / "requirements.lock").read_text().splitlines()
    assert any(line.startswith("pyspellchecker==") for line in lock)
    for path in (ROOT / "scripts" / "dev.py", ROOT / ".github" / "workflows" / "installers.yml"):
        assert "[gui" not in path.read_text(), path


def test_installers_build_on_every_push_to_main_and_start_the_installed_app() -> None:
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text()
    assert "branches: [main]" in workflow and 'tags: ["v*"]' in workflow
    assert workflow.count("amendtool --self-test") == 2  # Windows and macOS
