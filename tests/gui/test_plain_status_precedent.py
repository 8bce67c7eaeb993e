"""The plain-paragraph tab says one thing in the precedent style: its notice prints no plain
paragraphs, so a placeholder holds nothing back and nothing needs writing; it never also
tells counsel to replace the bracketed words before export."""

from __future__ import annotations

from amendtool.gui.plain_editor import PlainEditor

PLACEHOLDER = "[Explain in one or two sentences what this change means for employees.]"


def test_the_precedent_style_says_nothing_is_printed_and_nothing_is_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = PlainEditor()
    qtbot.addWidget(editor)
    editor.show_paragraph("substance", PLACEHOLDER, None, "precedent")
    said = editor.status.text()
    assert "prints no plain paragraphs" in said and "nothing needs writing" in said, said
    assert "brackets" not in said and "export refuses" not in said, said
    editor.show_paragraph("other", PLACEHOLDER, None, "plain")  # the plain style asks
    assert "export refuses" in editor.status.text()
