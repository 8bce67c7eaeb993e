"""`pipx install amendtool && amendtool` opens the app: the window is a core dependency, and
the installers build (and start the installed app) on every push to main."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
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


def test_the_package_list_holds_every_package_of_the_tree() -> None:
    """A package left out of pyproject's list is left out of the wheel: `amendtool draft` then
    fails on every installed machine while the checkout works."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    tree = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "amendtool").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert tree <= listed, f"not in pyproject's packages: {sorted(tree - listed)}"
    assert "amendtool.resources" not in listed  # it would hide the module amendtool/resources.py


def test_the_built_wheel_drafts_and_finds_its_assets(tmp_path: Path) -> None:
    """Built as pip builds it and run from the wheel alone (not the checkout): every module is
    there, the assets are found, and a draft of the bundled sample exits 0."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("amendtool", "resources"):
        shutil.copytree(
            ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    wheels = tmp_path / "wheels"
    build = "from setuptools import build_meta as b; import sys; print(b.build_wheel(sys.argv[1]))"
    subprocess.run(
        [sys.executable, "-c", build, str(wheels)], cwd=source, check=True, capture_output=True
    )
    (wheel,) = wheels.glob("*.whl")
    installed = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(installed)
    ours = {p.relative_to(ROOT).as_posix() for p in (ROOT / "amendtool").rglob("*.py")}
    assert ours <= names, f"missing from the wheel: {sorted(ours - names)}"
    samples = ROOT / "resources" / "samples"
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(installed), "QT_QPA_PLATFORM": "offscreen"}
    probe = "import amendtool.resources as r; print(r.resource_root())"
    root = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert root.returncode == 0, root.stderr
    assert Path(root.stdout.strip()).is_relative_to(installed)
    sample_original = samples / "offer-to-exchange.docx"
    sample_revised = samples / "offer-to-exchange-revised.docx"
    drafted = subprocess.run(
        [
            sys.executable,
            "-m",
            "amendtool",
            "draft",
            str(sample_original),
            str(sample_revised),
            "--filing",
            str(samples / "filing.toml"),
            "--out",
            str(out),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert drafted.returncode == 0, drafted.stderr
    assert (out / "items.json").is_file()


def test_a_missing_part_of_amendtool_is_not_blamed_on_pyside6() -> None:
    from amendtool.launch import _missing_part

    ours = ImportError("No module named 'amendtool.core.drafting'", name="amendtool.core.drafting")
    assert "PySide6" not in _missing_part(ours) and "amendtool.core.drafting" in _missing_part(ours)
    qt = ImportError("No module named 'PySide6.QtWidgets'", name="PySide6.QtWidgets")
    assert "PySide6" in _missing_part(qt)
