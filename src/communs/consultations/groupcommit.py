"""Group commit for SQLite: concurrent votes of one process share one transaction and one fsync.

With durable acknowledgement (WAL + synchronous=FULL) every COMMIT waits for an fsync, and SQLite has one writer at
a time, so one vote per transaction caps throughput at 1 / (fsync time) — on a busy shared disk 5-10 ms, i.e.
100-200 votes/s. PostgreSQL solves this with group commit (commit_delay / WAL flush of several transactions at
once); this module does the same for SQLite at the application level:

1. a request thread puts its write (a function) in the process's queue and waits;
2. the first waiting thread that finds no leader becomes the leader: it takes the whole queue, opens ONE
   transaction (under the SQLite write gate), runs each write in its own savepoint (a failing write — e.g. a
   concurrent Idempotency-Key insert — rolls back alone and its caller gets the exception; a batch of one needs no
   savepoint), COMMITs, and only then wakes every caller with its result;
3. writes that arrive meanwhile form the next batch: when a leader steps down it wakes the waiting threads (a
   condition variable, with a generation counter so that no wake-up is lost) and one of them leads at once.

No caller is answered before the COMMIT that contains its write returned: acknowledgement stays durable. Writes
run on the leader's thread and database connection, so they must only use their arguments (no request object).
Disabled (each write in its own transaction) when ``COMMUNS_GROUP_COMMIT`` is False or off SQLite."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.db import connection, transaction

from communs.consultations.writegate import sqlite_write_gate

T = TypeVar("T")
MAX_BATCH = 256
_queue: list[_Pending] = []
_queue_lock = threading.Lock()
_turn = threading.Condition(_queue_lock)  # notified whenever a leader steps down
_generation = [0]  # leaders that stepped down so far (read and written under _queue_lock)
_leader = threading.Lock()
WAIT = 0.05  # a waiter re-checks at least this often (safety net; leaders notify when they step down)


class _Pending:
    __slots__ = ("done", "error", "fn", "result")

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None


def enabled() -> bool:
    return connection.vendor == "sqlite" and bool(getattr(settings, "COMMUNS_GROUP_COMMIT", True))


def run_write(fn: Callable[[], T]) -> T:
    """Run ``fn`` inside a committed write transaction (shared with concurrent callers on SQLite); return its
    result or raise its exception once the transaction is durable."""
    if not enabled():
        with sqlite_write_gate(), transaction.atomic():
            return fn()
    item = _Pending(fn)
    with _queue_lock:
        _queue.append(item)
    while not item.done.is_set():
        with _queue_lock:
            seen = _generation[0]
        if _leader.acquire(blocking=False):
            try:
                if not item.done.is_set():
                    with _queue_lock:
                        batch = _queue[:MAX_BATCH]
                        del _queue[:MAX_BATCH]
                    if batch:
                        _execute(batch)
            finally:
                _leader.release()
                with _turn:  # wake the writes queued meanwhile: one of them leads the next batch at once
                    _generation[0] += 1
                    _turn.notify_all()
        else:
            with _turn:
                if not item.done.is_set() and _generation[0] == seen:
                    _turn.wait(timeout=WAIT)
    if item.error is not None:
        raise item.error
    return item.result  # type: ignore[no-any-return]


def _execute(batch: list[_Pending]) -> None:
    if len(batch) == 1:  # alone: no savepoint needed (a failure rolls the whole transaction back, as without batching)
        item = batch[0]
        try:
            with sqlite_write_gate(), transaction.atomic():
                item.result = item.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the caller
            item.error, item.result = exc, None
        finally:
            item.done.set()
        return
    try:
        with sqlite_write_gate(), transaction.atomic():
            for item in batch:
                try:
                    with transaction.atomic():  # savepoint: one failing write does not undo the others
                        item.result = item.fn()
                except Exception as exc:  # noqa: BLE001 - handed to the caller
                    item.error = exc
    except Exception as exc:  # noqa: BLE001 - the COMMIT itself failed: nothing in the batch is durable
        for item in batch:
            if item.error is None:
                item.error, item.result = exc, None
    finally:
        for item in batch:
            item.done.set()
