"""One place that finds the shipped assets in a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    """The folder holding samples/, wording/, templates/ and icons/."""
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "amendtool" / "assets")
    here = Path(__file__).resolve().parent
    # an installed wheel holds them in amendtool/assets, a checkout in resources/ beside amendtool/
    candidates += [here / "assets", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "wording").is_dir():
            return candidate
    raise FileNotFoundError("amendtool resources not found; reinstall the application")


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
