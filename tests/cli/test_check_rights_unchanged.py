"""`amendtool check` does not call a set clean whose notice tells employees a change not
classed clarifying "does not change your rights", counsel's own paragraph included."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.test_plain_command import PLACEHOLDERS, amendtool, draft
from tests.conftest import SAMPLES

RIGHTS = "This does not change your rights."


def _checked(tmp_path: Path, said: str) -> tuple[int, str]:
    """Check of the sample with counsel's paragraph on every item the tool cannot explain,
    item A's ending with `said`."""
    tmp_path.mkdir()
    project, revised = tmp_path / "p.amend", tmp_path / "revised.txt"
    shutil.copy(SAMPLES / "offer-to-exchange-revised.txt", revised)
    assert draft(tmp_path, revised, project).returncode == 0
    for item in PLACEHOLDERS:
        text = f"We changed part {item} of the offer." + (f" {said}" if item == "A" else "")
        assert amendtool("plain", str(project), item, "--text", text).returncode == 0
    checked = amendtool("check", str(project))
    return checked.returncode, checked.stderr


def test_counsels_paragraph_saying_rights_are_unchanged_on_a_material_item_is_an_error(
    tmp_path: Path,
) -> None:
    clean, stderr = _checked(tmp_path / "clean", "")
    assert "rights" not in stderr, stderr
    code, stderr = _checked(tmp_path / "said", RIGHTS)
    assert code != 0 and code != clean, stderr
    assert f"error: item A: the notice's plain paragraph (counsel's) says “{RIGHTS}”" in stderr
    assert "no errors" not in stderr
