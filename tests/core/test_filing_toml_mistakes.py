"""A mistake in filing.toml is named as the parser finds it: a key set twice is never said
to be a value in curly quotes (a column past the line's end was read as one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.core.filing import load_filing
from tests.conftest import SAMPLES


def test_a_key_set_twice_is_named_as_such(tmp_path: Path) -> None:
    text = (SAMPLES / "filing.toml").read_text(encoding="utf-8")
    assert "\n[amendment]\n" in text
    path = tmp_path / "filing.toml"
    path.write_text(text.replace("\n[amendment]\n", "\n[amendment]\nnumber = 1\nnumber = 2\n"))
    with pytest.raises(InputError) as refused:
        load_filing(path)
    message = str(refused.value)
    assert "curly" not in message
    assert message.startswith("filing.toml: is not valid TOML (Cannot overwrite a value")


def test_a_value_in_curly_quotes_is_still_named(tmp_path: Path) -> None:
    path = tmp_path / "filing.toml"
    path.write_text("[issuer]\nname = “Halvorsen Networks, Inc.”\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2 sets a value in curly quotes"):
        load_filing(path)
