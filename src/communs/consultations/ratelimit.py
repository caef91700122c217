"""Token-bucket rate limits per participant and per client IP, kept in Django's cache.

``settings.COMMUNS_VOTE_RATE`` (optional) overrides the defaults, e.g.
``{"participant": (10.0, 60), "ip": (50.0, 600)}`` = (tokens refilled per second, bucket capacity). A bucket
starts full; each request takes one token; an empty bucket answers 429 with ``Retry-After`` (seconds until one
token is back). ``COMMUNS_RATE_CACHE`` names the cache alias (default "default").

With Django's default local-memory cache each worker process keeps its own buckets, so the effective limit is
(workers x rate); configure a shared cache (database, Redis, memcached) for one limit across processes. A lock per
process makes a bucket update atomic within the process; across processes on a shared cache the read-modify-write
can let a few extra requests through under contention — a rate limit, not an accounting system."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches

DEFAULT_RATES: dict[str, tuple[float, int]] = {
    "participant": (2.0, 60),  # a sustained vote every half second, bursts of 60
    "ip": (20.0, 400),  # many participants may share an address (schools, offices, carrier NAT)
}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    retry_after: int = 0


def rates(kind: str) -> tuple[float, int]:
    configured = getattr(settings, "COMMUNS_VOTE_RATE", None) or {}
    rate, capacity = configured.get(kind, DEFAULT_RATES[kind])
    return float(rate), int(capacity)


def take(kind: str, key: str, now: float | None = None) -> RateDecision:
    """Take one token from bucket (kind, key)."""
    rate, capacity = rates(kind)
    cache = caches[getattr(settings, "COMMUNS_RATE_CACHE", "default")]
    cache_key = f"communs:rate:{kind}:{key}"
    now = time.monotonic() if now is None else now
    with _LOCK:
        tokens, stamp = cache.get(cache_key) or (float(capacity), now)
        tokens = min(float(capacity), tokens + max(0.0, now - stamp) * rate)
        if tokens < 1.0:
            cache.set(cache_key, (tokens, now), timeout=int(capacity / rate) + 60 if rate > 0 else None)
            wait = math.ceil((1.0 - tokens) / rate) if rate > 0 else 3600
            return RateDecision(False, max(1, wait))
        cache.set(cache_key, (tokens - 1.0, now), timeout=int(capacity / rate) + 60 if rate > 0 else None)
    return RateDecision(True)


def client_ip(meta: dict[str, object]) -> str:
    """REMOTE_ADDR (a reverse proxy should set it from X-Forwarded-For; we do not trust that header here)."""
    return str(meta.get("REMOTE_ADDR") or "unknown")
