"""Reading exported Word files back: body text in order, and LibreOffice's own reading."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

TOKEN = re.compile(r"[A-Za-z0-9$]+(?:[.'’-][A-Za-z0-9]+)*")


def _text(element) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for node in element.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        parts.append(node.text or "" if node.tag == qn("w:t") else " ")
    return "".join(parts)


def docx_lines(path: Path) -> list[str]:
    """Paragraphs and table cells in body order."""
    document = docx.Document(str(path))
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(_text(child))
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                for cell in row.iter(qn("w:tc")):
                    lines.append(_text(cell))
    return [line for line in lines if line.strip()]


def tokens(text: str) -> list[str]:
    return [t.lower() for t in TOKEN.findall(text)]


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required in CI (.ci/run installs libreoffice-writer)")
        pytest.skip("LibreOffice is not installed here")
    return found


def libreoffice_convert(path: Path, target: str, out: Path) -> Path:
    """Convert with LibreOffice headless; a file it cannot open fails the test."""
    profile = out / "lo-profile"
    result = subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    extension = target.split(":")[0]
    converted = out / f"{path.stem}.{extension}"
    assert result.returncode == 0 and converted.exists(), result.stderr
    return converted
