"""An offer file that holds no text is refused in words that fit whichever file it was
given as, the original or the revised draft, an Offer to Exchange or an Offer to Purchase:
not "choose the Offer to Exchange itself" for an empty revised draft."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from amendtool.core.errors import InputError
from amendtool.io.load import load_document


@pytest.mark.parametrize("name", ["revised.docx", "revised.txt"])
def test_an_empty_offer_file_is_refused_for_any_role(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".docx"):
        docx.Document().save(str(path))
    else:
        path.write_text("")
    with pytest.raises(InputError) as refused:
        load_document(path)
    message = str(refused.value)
    assert "Offer to Exchange" not in message
    assert "revised draft" in message
    assert "holds no text" in message or "is empty" in message
