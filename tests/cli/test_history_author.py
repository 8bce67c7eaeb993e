"""`history --docx` names an author as draft and export do: --author when given (checked as
they check it), else counsel's firm from the filing details, else the issuer."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.support.series_cli import first_amendment, run


def test_history_docx_names_the_author_given_else_counsels_firm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    named = tmp_path / "named.docx"
    status, _, err = run(
        capsys, "history", project, "--docx", named, "--author", "Jane Roe (Roe & Doe LLP)"
    )
    assert status == 0, err
    assert docx.Document(str(named)).core_properties.author == "Jane Roe (Roe & Doe LLP)"
    unnamed = tmp_path / "unnamed.docx"
    status, _, err = run(capsys, "history", project, "--docx", unnamed)
    assert status == 0, err
    assert docx.Document(str(unnamed)).core_properties.author == "Ashby & Kettering LLP"
    status, _, err = run(capsys, "history", project, "--docx", unnamed, "--author", "Roe\u202eX")
    assert status == 2 and "--author" in err
