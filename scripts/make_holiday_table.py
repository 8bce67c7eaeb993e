"""Writes resources/calendar/us-federal-holidays.txt from the `holidays` package.

    python scripts/make_holiday_table.py

Business days are counted on every draft; reading this table takes a millisecond, importing
the package a third of a second. Years outside the table are taken from the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

import holidays

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "resources" / "calendar" / "us-federal-holidays.txt"
FIRST, LAST = 1990, 2060

HEADER = (
    f"# U.S. federal holidays as observed, {FIRST}-{LAST}, one date a line: the days that are not\n"
    "# business days under SEC Rule 14d-1(g)(3) besides Saturdays and Sundays.\n"
    "# Made by scripts/make_holiday_table.py from the `holidays` package "
    f"(holidays {holidays.__version__});\n"
    f"# a year outside {FIRST}-{LAST} is taken from the package itself.\n"
)


def table_text() -> str:
    lines = [HEADER.rstrip("\n"), f"years {FIRST} {LAST}"]
    for year in range(FIRST, LAST + 1):
        for day, name in sorted(holidays.country_holidays("US", years=year).items()):
            if day.year == year:
                lines.append(f"{day.isoformat()}  {name}")
    return "\n".join(lines) + "\n"


def main() -> int:
    TABLE.write_text(table_text(), encoding="utf-8")
    print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
