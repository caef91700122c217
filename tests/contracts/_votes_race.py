"""Concurrency scenarios for the vote upsert, run in-process (PostgreSQL, file SQLite) or in a subprocess against a
fresh file SQLite database with the production settings (WAL, synchronous FULL, BEGIN IMMEDIATE) when pytest's
test database is the in-memory one (whose shared-cache locking is not the production file's).

``python -m tests.contracts._votes_race SCENARIO`` prints the outcome as JSON (the var dir comes from the env)."""

from __future__ import annotations

import json
import sys
import threading
import uuid
from collections.abc import Callable
from typing import Any

THREADS = 50


def _run(target: Callable[[int], object], n: int) -> list[str]:
    from django.db import connection

    errors: list[str] = []
    barrier = threading.Barrier(n)

    def worker(i: int) -> None:
        try:
            barrier.wait()
            target(i)
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            errors.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def race(scenario: str) -> dict[str, Any]:
    from communs.consultations.models import (
        Consultation,
        Contribution,
        Participant,
        Phase,
        Status,
        Vote,
        VoteEvent,
    )
    from communs.consultations.numbering import create_numbered
    from communs.consultations.votes import upsert_vote

    c = Consultation.objects.create(slug=f"race-{uuid.uuid4().hex[:8]}", title="Race", question="?", phase=Phase.OPEN)
    s = Contribution.objects.create(consultation=c, tid=0, text="Statement", status=Status.ACCEPTED)
    p = Participant.objects.create(consultation=c, pid=0)
    if scenario == "identical":
        errors = _run(lambda i: upsert_vote(p, s, 1), THREADS)
    elif scenario == "changes":
        errors = _run(lambda i: upsert_vote(p, s, (1, -1, 0)[i % 3]), THREADS)
    elif scenario == "numbers":
        errors = _run(lambda i: create_numbered(Participant, "pid", {"consultation": c},
                                                lambda pid: Participant(consultation=c, pid=pid)), 20)
    elif scenario == "group":
        from communs.consultations.groupcommit import run_write

        voters = [p] + [Participant.objects.create(consultation=c, pid=i) for i in range(1, THREADS)]

        def write(i: int) -> object:
            def fn() -> object:
                upsert_vote(voters[i], s, 1)
                if i == 0:
                    raise ValueError("this write fails after voting: its vote must be rolled back alone")
                return i
            return run_write(fn)

        errors = _run(write, THREADS)
    else:
        raise ValueError(scenario)
    return {
        "errors": errors,
        "votes": list(Vote.objects.filter(contribution=s).values_list("value", flat=True)),
        "events": list(VoteEvent.objects.filter(contribution=s).order_by("id").values_list("previous", "value")),
        "pids": sorted(Participant.objects.filter(consultation=c).values_list("pid", flat=True)),
    }


if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "communs.platform.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    print(json.dumps(race(sys.argv[1])))
