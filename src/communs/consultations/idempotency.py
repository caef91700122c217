"""``Idempotency-Key`` for write endpoints (IETF draft-ietf-httpapi-idempotency-key-header): the first response to a
(scope, key) is stored; the same key with the same body replays it; the same key with another body is a 409."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from communs.consultations.models import IdempotencyRecord

MAX_KEY_LENGTH = 200


@dataclass(frozen=True)
class Replay:
    status_code: int
    body: Any


class IdempotencyConflict(Exception):
    """The key was used with a different request body."""


def body_hash(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def lookup(scope: str, key: str, payload: Any) -> Replay | None:
    record = IdempotencyRecord.objects.filter(scope=scope, key=key).first()
    if record is None:
        return None
    if record.request_hash != body_hash(payload):
        raise IdempotencyConflict(key)
    return Replay(record.status_code, record.response)


def store(scope: str, key: str, payload: Any, status_code: int, response: Any) -> None:
    """Call inside the transaction that performed the write, so the record and the effect commit together."""
    IdempotencyRecord.objects.create(
        scope=scope, key=key, request_hash=body_hash(payload), status_code=status_code, response=response
    )
