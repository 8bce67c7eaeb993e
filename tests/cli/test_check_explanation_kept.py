"""The expiration-mismatch error does not silence what the checks say of the items: an
explanation that says the changes only clarify is still flagged over a material item."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_check_command import amendtool
from tests.conftest import SAMPLES


def test_an_expiration_mismatch_keeps_the_explanation_warning(tmp_path: Path) -> None:
    text = (SAMPLES / "offer-to-exchange.txt").read_text(encoding="utf-8")
    original, revised, filing = (tmp_path / n for n in ("o.txt", "r.txt", "filing.toml"))
    original.write_text(text, encoding="utf-8")
    revised.write_text(text.replace("$12.00", "$10.00"), encoding="utf-8")
    details = (SAMPLES / "filing.toml").read_text(encoding="utf-8")
    details = details.replace(
        "expiration = 2026-04-23T23:59:00", "expiration = 2026-04-24T23:59:00"
    )
    start = details.index('explanation = """')
    end = details.index('"""', start + 17) + 3
    claim = 'explanation = "These changes are intended solely to clarify the offer."'
    filing.write_text(details[:start] + claim + details[end:], encoding="utf-8")
    checked = amendtool("check", str(original), str(revised), "--filing", str(filing))
    assert checked.returncode == 1
    assert "gives the expiration as" in checked.stderr  # the mismatch error
    assert "the amendment's explanation says the changes only clarify" in checked.stderr
