"""HTML nested deeper than the parser follows (about 2,000 levels of tags): read with its
layout once the wrappers that carry nothing are taken out, or refused.

A page wrapped thousands deep in bare <div>s, or a run of <b><i> never closed, says no more
than one of each: a run of such tags, with nothing but spaces between them, is made one of
each, and the page parsed again. Reading it as plain text instead loses what its layout says
(a heading known by its bold type), and every heading of an original read with its layout
became a "made a heading" item. A page still too deep is no offer's and is refused.
"""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled

# tags that carry nothing when written bare: a wrapper, or a face already in force
_WRAPPERS = "div|span|font|b|i|u|em|strong|small|big|center|section|article"
_BARE_RUN = compiled(rf"(?:<(?:{_WRAPPERS})\s*>\s*){{2,}}", re.IGNORECASE)
_BARE_TAG = compiled(rf"<({_WRAPPERS})\s*>", re.IGNORECASE)


class NestedTooDeeply(ValueError):
    """The page is nested deeper than the parser follows, even without its bare wrappers."""


NESTED_TOO_DEEPLY = (
    "is HTML nested deeper than a web page can be read (more than 2,000 levels of tags; an "
    "offer's page has a few dozen); save it again as a web page from the program that made "
    "it, or use its Word or EDGAR text version"
)


def without_bare_runs(markup: str) -> str:
    """`markup` with each run of bare wrapper tags made one of each, in the order first
    written; the end tags left over are ones the parser drops, as a browser does."""

    def one_of_each(match: re.Match[str]) -> str:
        names = dict.fromkeys(name.lower() for name in _BARE_TAG.findall(match.group()))
        return "".join(f"<{name}>" for name in names)

    return _BARE_RUN.sub(one_of_each, markup)
