"""The filing form names the person for notices, and explains the field, in the cover
page's own words ("person authorized to receive notices"), spelt as the SEC's form spells
them: counsel fill in the form with the printed cover page beside it."""

from __future__ import annotations

import tomllib

from amendtool.gui.filing_form_fields import group_titles, tooltips
from amendtool.resources import resource_path


def cover_caption() -> str:
    wording = tomllib.loads(resource_path("wording", "standard.toml").read_text("utf-8"))

    def find(table: dict) -> str | None:  # type: ignore[type-arg]
        for key, value in table.items():
            if key == "agent_caption" and isinstance(value, str):
                return value
            if isinstance(value, dict) and (found := find(value)):
                return found
        return None

    caption = find(wording)
    assert caption is not None
    return caption.lower()


def test_the_person_for_notices_is_named_as_the_cover_page_names_it() -> None:
    caption = cover_caption()
    for audience in ("employees", "holders"):
        title = group_titles(audience)["agent"].lower()
        assert title.removeprefix("the ") in caption, title
        tip = tooltips(audience)[("agent", "name")].lower()
        assert "authorized to receive notices" in tip and "authorised" not in tip
