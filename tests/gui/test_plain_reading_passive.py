"""Under the Plain tab's editor, passive voice is named as Checks names it: each passive
phrase of the sentence, from the same reading."""

from __future__ import annotations

from html import escape

from amendtool.core.plain_review import review
from tests.core.test_passive_named_alike import SENTENCE


def test_the_editor_under_the_plain_tab_says_what_checks_say() -> None:
    from amendtool.gui.plain_reading import describe, read_paragraph

    shown = describe(read_paragraph(SENTENCE))
    assert "“are hereby deemed”, “was corrected”" in shown, shown
    [problem] = [p for p in review([SENTENCE]) if p.kind == "passive"]
    said = problem.message
    assert escape(said[:1].upper() + said[1:], quote=False) in shown, shown
