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


_RESOLVE_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" \
script:language="StarBasic">
Sub Resolve(inUrl As String, outUrl As String, how As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  command = &quot;.uno:&quot; &amp; how &amp; &quot;AllTrackedChanges&quot;
  helper.executeDispatch(doc.CurrentController.Frame, command, &quot;&quot;, 0, Array())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;Text&quot;
  doc.storeToURL(outUrl, out())
  doc.close(True)
End Sub
</script:module>
"""


def libreoffice_resolved(path: Path, accept: bool, out: Path) -> list[str]:
    """The paragraphs of the Word file after LibreOffice's own Accept All (or Reject All)
    tracked changes: how counsel working in LibreOffice sees the offer as amended."""
    libreoffice_convert(path, "txt:Text", out)  # makes the profile the macro is kept in
    module = out / "lo-profile" / "user" / "basic" / "Standard" / "Module1.xba"
    module.write_text(_RESOLVE_MACRO, encoding="utf-8")
    how = "Accept" if accept else "Reject"
    target = out / f"{path.stem}-{how.lower()}.txt"
    result = subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{out / 'lo-profile'}",
            "--headless",
            f'macro:///Standard.Module1.Resolve("file://{path}","file://{target}","{how}")',
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert target.exists(), result.stderr
    return [line for line in target.read_text(encoding="utf-8-sig").splitlines() if line]
