"""Votes count once under concurrency, on SQLite and PostgreSQL (``make test`` re-runs this folder on PostgreSQL):
50 threads cast the same vote at once -> exactly one current vote and one history event; 50 threads flip between
values -> still one current vote, equal to the last event, with an unbroken history; 20 new participants at once ->
distinct public numbers. On the in-memory SQLite test database the scenarios run in a subprocess against a file
database with the production settings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from tests.contracts._votes_race import THREADS, race

pytestmark = [pytest.mark.contract, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]


def outcome(scenario: str, tmp_path: Path) -> dict[str, Any]:
    if connection.vendor == "sqlite" and "memory" in str(connection.settings_dict["NAME"]):
        env = {**os.environ, "COMMUNS_VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "communs.platform.settings"}
        env.pop("DATABASE_URL", None)
        done = subprocess.run([sys.executable, "-m", "tests.contracts._votes_race", scenario], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout.strip().splitlines()[-1])
    return race(scenario)


def test_fifty_identical_concurrent_votes_count_once(tmp_path: Path) -> None:
    result = outcome("identical", tmp_path)
    assert result["errors"] == []
    assert result["votes"] == [1]
    assert result["events"] == [[None, 1]] or result["events"] == [(None, 1)]


def test_concurrent_changes_keep_one_current_vote_consistent_with_history(tmp_path: Path) -> None:
    result = outcome("changes", tmp_path)
    assert result["errors"] == []
    events = [tuple(e) for e in result["events"]]
    assert len(result["votes"]) == 1 and result["votes"][0] == events[-1][1]
    assert events[0][0] is None and 1 <= len(events) <= THREADS
    # every event records the value it replaced: the chain is unbroken
    assert all(prev == before for (_, before), (prev, _) in zip(events, events[1:], strict=False))


def test_concurrent_new_participants_get_distinct_public_numbers(tmp_path: Path) -> None:
    result = outcome("numbers", tmp_path)
    assert result["errors"] == []
    assert result["pids"] == list(range(21))


def test_group_commit_isolates_a_failing_write(tmp_path: Path) -> None:
    """50 concurrent votes through the group commit: one write fails after voting; its vote alone is rolled back."""
    result = outcome("group", tmp_path)
    assert len(result["errors"]) == 1 and "ValueError" in result["errors"][0]
    assert result["votes"] == [1] * (THREADS - 1)
    assert len(result["events"]) == THREADS - 1
