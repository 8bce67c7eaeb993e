"""Broken markup in an EDGAR page never takes sections out of the offer as read unsaid.

An unclosed <table>, <select>, <object> or <template>, or an attribute whose quote never
closes, took every later section out of the page as read, and a draft exited 0 with those
sections missing. The page is now read as a lawyer sees it in the file (every heading
found), and whatever breakage still hides text the file shows is refused in one line."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_html, edited, offer
from test_input_gate import refused

from amendtool.cli import main
from amendtool.core.errors import InputError
from amendtool.io.load import load_document

SECTIONS = 6
SPEC = offer(SECTIONS)
PAGE = as_html(SPEC)
HEADINGS = [heading for heading, _ in SPEC[1:]]
HEADING_TAGS = [f'<p style="text-align:center"><b>{h}' for h in HEADINGS]
SAMPLE_FILING = Path(__file__).resolve().parents[2] / "resources" / "samples" / "filing.toml"

# elements of every kind: left out of the offer, held open by the parser, tables and their
# parts, inline and block (not <ol>: one left open numbers the headings after it as its
# items, as a browser shows them, and they are read as numbered paragraphs)
ELEMENTS = """
    table select object template svg math embed source track video audio canvas picture map
    dialog datalist option optgroup button applet frameset iframe noscript textarea title
    caption colgroup tbody thead tr td th ul li dl h2 center font a b span div sup del
    form label fieldset legend details summary wbr keygen ruby marquee blink nobr
""".split()
ATTRIBUTES = ("class", "style", "title", "href", "face", "id")
OPENINGS = st.one_of(
    st.builds(
        lambda name, caps: f"<{name.upper() if caps else name}>",
        st.sampled_from(ELEMENTS),
        st.booleans(),
    ),
    st.builds(
        lambda name, attribute, quote, value: f"<{name} {attribute}={quote}{value}>",
        st.sampled_from([*ELEMENTS, "p"]),
        st.sampled_from(ATTRIBUTES),
        st.sampled_from(['"', "'"]),
        st.sampled_from(["x", "font-weight:bold", "", "a b", "#top"]),
    ),
    st.builds(
        lambda a, b: a + b,
        st.sampled_from(["<table>", "<table><tr><td>x</td></tr>"]),
        st.sampled_from(["", "<caption>", "<tr>", "<td>", "stray words"]),
    ),
)


def headings_read(markup: str, path: Path) -> list[str] | None:
    """The section headings of the page as read, or None when it is refused in one line
    naming the file."""
    path.write_text(markup, encoding="utf-8")
    try:
        document = load_document(path)
    except InputError as error:
        assert path.name in str(error) and "\n" not in str(error)
        return None
    return [section.heading for section in document.sections]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    breakages=st.lists(
        st.tuples(OPENINGS, st.integers(0, SECTIONS - 1), st.booleans()), min_size=1, max_size=3
    )
)
@example(breakages=[("<table>", 2, False)])
@example(breakages=[("<select>", 2, False)])
@example(breakages=[("<object>", 2, False)])
@example(breakages=[("<template>", 2, False)])
@example(breakages=[('<p class="x>', 2, False)])
@example(breakages=[("<p class='x>", 2, True)])
def test_every_heading_is_read_or_the_page_is_refused(
    breakages: list[tuple[str, int, bool]], tmp_path: Path
) -> None:
    places = []
    for opening, section, inside in breakages:
        at = PAGE.index(HEADING_TAGS[section])
        if inside:  # within the first paragraph under the heading, mid-sentence
            at = PAGE.index("We are offering", at) + len("We are")
        places.append((at, opening))
    markup = PAGE
    for at, opening in sorted(places, reverse=True):
        markup = f"{markup[:at]}{opening}\n{markup[at:]}"
    headings = headings_read(markup, tmp_path / "offer.htm")
    if headings is not None:
        missing = [h for h in HEADINGS if not any(h in read for read in headings)]
        assert not missing, (breakages, headings)


def test_the_shapes_counsel_met_keep_every_section(tmp_path: Path) -> None:
    """Each shape left open before Section 3: the page reads with all its sections, and
    the words of a table that stand outside its cells are read too."""
    shapes = ["<table>", "<select><option>Yes", "<object>", "<template>", '<p class="x>']
    shapes += ["<p class='x>", '<a href="#top>', "<svg>", "<embed>", "<table><caption>"]
    for shape in shapes:
        markup = PAGE.replace(HEADING_TAGS[2], f"{shape}\n{HEADING_TAGS[2]}", 1)
        headings = headings_read(markup, tmp_path / "offer.htm")
        assert headings is not None, shape
        assert all(any(h in read for read in headings) for h in HEADINGS), (shape, headings)


def test_text_hidden_by_an_element_left_open_is_refused_naming_where(tmp_path: Path) -> None:
    """Hidden on purpose only where the page closes it: a hidden element left open would
    hide the rest of the offer, and the page is refused quoting the first words lost."""
    for shape in ('<div style="display:none">', "<span hidden>", '<font style="font-size:0">'):
        path = tmp_path / "offer.htm"
        path.write_text(PAGE.replace(HEADING_TAGS[2], f"{shape}\n{HEADING_TAGS[2]}", 1))
        message = refused(path)
        assert message.startswith("offer.htm") and '"3. Price Range' in message, message
    closed = '<div style="display:none"><p>Hidden facts of the inline XBRL header.</p></div>'
    path.write_text(PAGE.replace(HEADING_TAGS[2], f"{closed}\n{HEADING_TAGS[2]}", 1))
    text = " ".join(p.text for s in load_document(path).sections for p in s.paragraphs)
    assert "Hidden facts" not in text and "Section 6" in text


def test_words_of_a_closed_table_outside_its_cells_are_read(tmp_path: Path) -> None:
    table = (
        "<table><caption>Schedule of Eligible Options</caption>"
        "<tr><td>Grant</td><td>Price</td></tr><tr><td>2019</td><td>$4.00</td></tr>"
        "<p>A paragraph set inside the table by mistake.</p></table>"
    )
    path = tmp_path / "offer.htm"
    path.write_text(PAGE.replace(HEADING_TAGS[2], f"{table}\n{HEADING_TAGS[2]}", 1))
    text = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert "Schedule of Eligible Options" in text
    assert "A paragraph set inside the table by mistake." in text
    assert any("2019" in t and "$4.00" in t for t in text)


def test_words_after_the_end_of_the_page_are_read(tmp_path: Path) -> None:
    """A browser shows words written after </body></html> at the foot of the body."""
    path = tmp_path / "offer.htm"
    path.write_text(PAGE + "<p>7. Miscellaneous</p><p>Words after the end of the page.</p>")
    paragraphs = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert paragraphs[-1] == "Words after the end of the page."


def test_a_draft_against_an_unclosed_table_revises_one_sentence(tmp_path: Path) -> None:
    """The draft finds the one revised sentence, not sections "added" or "deleted"."""
    original, revised = tmp_path / "original.htm", tmp_path / "revised.htm"
    original.write_text(PAGE.replace(HEADING_TAGS[2], f"<table>\n{HEADING_TAGS[2]}", 1))
    revised.write_text(as_html(edited(SPEC)))
    out = tmp_path / "out"
    argv = ["draft", str(original), str(revised), "--filing", str(SAMPLE_FILING)]
    assert main([*argv, "--out", str(out)]) == 0
    items = (out / "items.json").read_text(encoding="utf-8")
    assert "now expires at 5:00 p.m." in items
    assert "Price Range" not in items and "Further Terms" not in items
