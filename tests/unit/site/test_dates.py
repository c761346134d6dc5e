"""When an entry was added and last updated: its own dates, else its file's first and last commits."""

from __future__ import annotations

import datetime as dt
import os
import subprocess

from order_errors.site import dates
from order_errors.site.dates import added_and_updated, git_dates


def commit(repo, name: str, text: str, day: str) -> None:
    (repo / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "GIT_AUTHOR_DATE": f"{day}T12:00:00", "GIT_COMMITTER_DATE": f"{day}T12:00:00",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", "add", name], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", day], cwd=repo, check=True, env=env)


def test_git_gives_a_files_first_and_last_commit_dates(tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    commit(tmp_path, "entry.yaml", "a", "2024-01-05")
    commit(tmp_path, "entry.yaml", "b", "2025-03-09")
    commit(tmp_path, "other.yaml", "c", "2026-01-01")
    assert git_dates(tmp_path / "entry.yaml") == (dt.date(2024, 1, 5), dt.date(2025, 3, 9))
    (tmp_path / "new.yaml").write_text("d")
    assert git_dates(tmp_path / "new.yaml") == (None, None)  # not committed yet


def test_outside_git_there_are_no_dates(tmp_path):
    (tmp_path / "entry.yaml").write_text("a")
    assert git_dates(tmp_path / "entry.yaml") == (None, None)


def test_the_entrys_own_dates_come_first_and_git_fills_the_gaps(tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(dates, "git_dates", lambda path: asked.append(path) or (dt.date(2020, 1, 1), dt.date(2021, 1, 1)))
    own = (dt.date(2019, 5, 5), dt.date(2019, 6, 6))
    assert added_and_updated(*own, tmp_path / "e.yaml") == own
    assert asked == []  # both given: git is not asked
    assert added_and_updated(dt.date(2019, 5, 5), None, tmp_path / "e.yaml") == (dt.date(2019, 5, 5), dt.date(2021, 1, 1))
    assert added_and_updated(None, None, tmp_path / "e.yaml") == (dt.date(2020, 1, 1), dt.date(2021, 1, 1))
    assert added_and_updated(None, None, None) == (None, None)


def test_a_new_file_is_updated_when_it_was_created(tmp_path, monkeypatch):
    monkeypatch.setattr(dates, "git_dates", lambda path: (None, None))
    assert added_and_updated(dt.date(2019, 5, 5), None, tmp_path / "e.yaml") == (dt.date(2019, 5, 5), dt.date(2019, 5, 5))
