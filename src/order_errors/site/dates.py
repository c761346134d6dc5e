"""When an entry was added and last updated: its own `created`/`updated`, or else git's history."""

from __future__ import annotations

import datetime as dt
import subprocess
from functools import cache
from pathlib import Path


@cache
def git_dates(path: Path) -> tuple[dt.date | None, dt.date | None]:
    """(first commit, last commit) dates of a file, or Nones outside git or for a new file."""
    try:
        log = subprocess.run(
            ["git", "log", "--follow", "--format=%as", "--", path.name],
            cwd=path.parent, capture_output=True, text=True, timeout=10, check=False,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None, None
    if not log:
        return None, None
    return dt.date.fromisoformat(log[-1]), dt.date.fromisoformat(log[0])


def added_and_updated(created: dt.date | None, updated: dt.date | None, source: Path | None) -> tuple[dt.date | None, dt.date | None]:
    if (created is None or updated is None) and source is not None:
        first, last = git_dates(source)
        created, updated = created or first, updated or last or created
    return created, updated


def local_date(date: dt.date, ui: dict[str, str]) -> str:
    """A date as a reader of the page's language writes it ("29 de novembro de 2026")."""
    month = ui["months"].split()[date.month - 1]
    return ui["date_format"].format(day=date.day, month=month, year=date.year)
