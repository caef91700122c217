"""Per-consultation public numbers (participant ``pid``, contribution ``tid``), like Polis: max + 1 under a row lock
on the consultation (PostgreSQL: ``SELECT ... FOR UPDATE`` serialises numbering per consultation; SQLite: BEGIN
IMMEDIATE already serialises writers), guarded by a unique constraint with a retry as the last line of defence."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.db import IntegrityError, transaction
from django.db.models import Max, Model

M = TypeVar("M", bound=Model)
ATTEMPTS = 8


def next_number(model: type[Model], field: str, **scope: object) -> int:
    current = model.objects.filter(**scope).aggregate(m=Max(field))["m"]  # type: ignore[attr-defined]
    return 0 if current is None else int(current) + 1


def create_numbered(model: type[M], field: str, scope: dict[str, object], build: Callable[[int], M]) -> M:
    """Insert ``build(number)`` with the next free number, retrying when another transaction took it first."""
    for attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                owner = scope.get("consultation")
                if owner is not None:
                    list(type(owner).objects.select_for_update().filter(pk=owner.pk).values_list("pk", flat=True))  # type: ignore[attr-defined]
                obj = build(next_number(model, field, **scope))
                obj.save(force_insert=True)
                return obj
        except IntegrityError:
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")
