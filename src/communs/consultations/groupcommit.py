"""Group commit for SQLite: concurrent votes of one process share one transaction and one fsync.

With durable acknowledgement (WAL + synchronous=FULL) every COMMIT waits for an fsync, and SQLite has one writer at
a time, so one vote per transaction caps throughput at 1 / (fsync time) — on a busy shared disk 5-10 ms, i.e.
100-200 votes/s. PostgreSQL solves this with group commit (commit_delay / WAL flush of several transactions at
once); this module does the same for SQLite at the application level:

1. a request thread puts its write (a function) in the process's queue; if no thread is leading, it leads,
   otherwise it sleeps on its own event;
2. the leader takes the whole queue, opens ONE transaction (under the SQLite write gate), runs each write in its
   own savepoint (a failing write — e.g. a concurrent Idempotency-Key insert — rolls back alone and its caller gets
   the exception; a batch of one needs no savepoint), COMMITs, and only then wakes each caller of the batch with its
   result (one event each);
3. writes that arrived meanwhile form the next batch: the leader, its own write done, hands the lead to the oldest
   of them (one event; measured: waking every waiting thread at each hand-over cost ~8 % of a vote's CPU), and
   steps down when the queue is empty.

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
_leading = [False]  # a thread leads (read and written under _queue_lock)


class _Pending:
    __slots__ = ("done", "error", "finished", "fn", "promoted", "result")

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.done = threading.Event()  # set when the write is committed (finished) or its thread must lead (promoted)
        self.finished = False
        self.promoted = False
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
        lead = not _leading[0]
        _leading[0] = True
    if not lead:
        item.done.wait()
    if not item.finished:  # leading (first in, or promoted by the previous leader)
        _lead(item)
    if item.error is not None:
        raise item.error
    return item.result  # type: ignore[no-any-return]


def _lead(own: _Pending) -> None:
    """Commit batches until ``own`` is committed, then hand the lead to the oldest queued write (or step down)."""
    handed = False
    try:
        while not own.finished:
            with _queue_lock:
                batch = _queue[:MAX_BATCH]
                del _queue[:MAX_BATCH]
            if not batch:  # cannot happen: the leader's own write is queued until a leader takes it
                raise RuntimeError("group commit: the leader's write is not queued")
            _execute(batch)
    finally:
        with _queue_lock:
            if _queue:
                following = _queue[0]
                following.promoted = True
                handed = True
            else:
                _leading[0] = False
        if handed:
            following.done.set()


def _execute(batch: list[_Pending]) -> None:
    if len(batch) == 1:  # alone: no savepoint needed (a failure rolls the whole transaction back, as without batching)
        item = batch[0]
        try:
            with sqlite_write_gate(), transaction.atomic():
                item.result = item.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the caller
            item.error, item.result = exc, None
        finally:
            item.finished = True
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
            item.finished = True
            item.done.set()
