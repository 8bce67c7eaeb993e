"""Sets each corpus case's offer and its revision in the case's format.

    python tests/corpus/build.py [CASE ...]          rewrite the committed .txt/.htm files
    python tests/corpus/build.py --docx OUT [CASE]   write the Word cases into OUT

Each case folder holds `original.src` and `revised.src` (tests/corpus/markup.py) and a
`case.toml` whose `format` is txt, htm or docx and whose `[render]` table sets the layout
(`[render_revised]` sets the revision otherwise, as a printer re-setting it would).
EDGAR .txt and .htm are committed as the text a reader downloads; Word files are built
when the tests run.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if __name__ == "__main__":  # run as a script: make the repository importable
    sys.path.insert(0, str(HERE.parents[1]))

from tests.corpus.markup import load  # noqa: E402
from tests.corpus.render_docx import DocxStyle, render_docx  # noqa: E402
from tests.corpus.render_html import HtmlStyle, render_html  # noqa: E402
from tests.corpus.render_text import TextStyle, render_text  # noqa: E402


def case_dirs() -> list[Path]:
    return sorted(p.parent for p in HERE.glob("*/case.toml"))


def case_info(case: Path) -> dict[str, Any]:
    with (case / "case.toml").open("rb") as handle:
        return tomllib.load(handle)


def render(case: Path, which: str, out: Path) -> Path:
    """Sets `which` (original | revised) of `case` into the folder `out`; returns the file."""
    info = case_info(case)
    fmt, options = info["format"], info.get("render", {})
    if which == "revised":  # the revision as its printer set it: re-wrapped to another width
        options = {**options, **info.get("render_revised", {})}
    items = load(case / f"{which}.src")
    target = out / f"{which}.{fmt}"
    if fmt == "txt":
        target.write_text(render_text(items, TextStyle.from_dict(options)), encoding="ascii")
    elif fmt == "htm":
        text = render_html(items, HtmlStyle.from_dict(options))
        target.write_text(text.encode("ascii", "xmlcharrefreplace").decode(), encoding="ascii")
    elif fmt == "docx":
        render_docx(items, DocxStyle.from_dict(options), target)
    else:
        raise ValueError(f"{case.name}: unknown format {fmt!r}")
    return target


def case_files(case: Path, scratch: Path) -> tuple[Path, Path]:
    """The original and revised files of a case: committed text, or Word built in scratch."""
    fmt = case_info(case)["format"]
    if fmt != "docx":
        return case / f"original.{fmt}", case / f"revised.{fmt}"
    scratch.mkdir(parents=True, exist_ok=True)
    return render(case, "original", scratch), render(case, "revised", scratch)


def main(argv: list[str]) -> int:
    docx_out = None
    if argv[:1] == ["--docx"]:
        docx_out, argv = Path(argv[1]), argv[2:]
    chosen = [c for c in case_dirs() if not argv or c.name in argv]
    for case in chosen:
        fmt = case_info(case)["format"]
        if (fmt == "docx") != (docx_out is not None):
            continue
        out = docx_out / case.name if docx_out else case
        out.mkdir(parents=True, exist_ok=True)
        for which in ("original", "revised"):
            print(render(case, which, out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
