"""``Idempotency-Key`` for write endpoints (IETF draft-ietf-httpapi-idempotency-key-header): the first response to a
(scope, key) is stored; the same key with the same body replays it; the same key with another body is a 409.

Plain parameterised SQL (the vote hot path calls both functions on every request; see ``votes``): the response column
is adapted and read back by the model's own JSONField, so SQLite (text) and PostgreSQL (jsonb) both work."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.utils import timezone

from communs.consultations.models import IdempotencyRecord

MAX_KEY_LENGTH = 200
TABLE = IdempotencyRecord._meta.db_table
_RESPONSE = IdempotencyRecord._meta.get_field("response")
_CREATED = IdempotencyRecord._meta.get_field("created_at")


@dataclass(frozen=True)
class Replay:
    status_code: int
    body: Any


class IdempotencyConflict(Exception):
    """The key was used with a different request body."""


def body_hash(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def lookup(scope: str, key: str, payload: Any) -> Replay | None:
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT request_hash, status_code, response FROM {TABLE} WHERE scope = %s AND "key" = %s',
                       [scope, key])
        row = cursor.fetchone()
    if row is None:
        return None
    if row[0] != body_hash(payload):
        raise IdempotencyConflict(key)
    return Replay(int(row[1]), _RESPONSE.from_db_value(row[2], None, connection))


def store(scope: str, key: str, payload: Any, status_code: int, response: Any) -> None:
    """Call inside the transaction that performed the write, so the record and the effect commit together. A
    concurrent record with the same (scope, key) makes the unique constraint raise ``IntegrityError``."""
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO {TABLE} (scope, "key", request_hash, status_code, response, created_at) '
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [scope, key, body_hash(payload), status_code, _RESPONSE.get_db_prep_save(response, connection),
             _CREATED.get_db_prep_save(timezone.now(), connection)],
        )
