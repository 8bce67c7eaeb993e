"""Compares the original with the revised document and drafts the amendment items.

Sections are matched by title (then by number), paragraphs by content, sentences and
words by diff; each change becomes the smallest item that reads naturally (README,
"How changes become items"). Items are produced in document order and applied as they
are made, so every locator counts paragraphs and sentences as the earlier items left them.

Where things are:
  engine.py      the plan: align, pick restated sections and moves, walk each section's ops
  align.py       aligning sections and paragraphs (the ops: keep, modify, delete, insert, move)
  pairing.py     which changed paragraph became which (candidates, resemblance, chains)
  spans.py       paragraphs split in several or merged into one
  units.py       choosing the unit of a changed paragraph: sentence, words or the paragraph
  sections.py    items about whole sections (add, delete, restate, retitle, renumber)
  paragraphs.py  items about paragraphs (replace, delete, insert, move, renumber labels)
  tables.py      items about tables (restated, deleted or inserted whole)
  rows.py        items about table rows put in or taken out
  row_edges.py   a row taken out beside new text goes with its table, the text beside it
  cells.py       items about prose in a table's cells
  quoting.py     which words a words item quotes (whole, amounts with their sign)
  unique_quotes.py  quoted words widened until found once in their sentence
  citing.py      the working text, and how a paragraph, table and page are cited
  options.py     the thresholds counsel's choice of unit follows
"""

from amendtool.core.drafting.engine import Abandoned, draft_items
from amendtool.core.drafting.options import DraftOptions, DraftResult

__all__ = ["Abandoned", "DraftOptions", "DraftResult", "draft_items"]
