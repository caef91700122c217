"""Append-only models: rows can be inserted, never changed or deleted through the ORM.

Enforced three ways: ``save()`` refuses an existing row, ``delete()`` refuses, and the queryset's ``update()`` and
``delete()`` refuse. At the database level a trigger refuses UPDATE on SQLite and PostgreSQL (migration
``0002_append_only_triggers``). DELETE is refused by the ORM only: an operator may still purge rows in SQL (data
retention), and the test runner may flush tables."""

from __future__ import annotations

from typing import Any

from django.db import models


class AppendOnlyError(Exception):
    """Raised on any attempt to change or delete an append-only row."""


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError(f"{self.model.__name__} is append-only: rows cannot be updated")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError(f"{self.model.__name__} is append-only: rows cannot be deleted")


class AppendOnlyModel(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError(f"{type(self).__name__} is append-only: rows cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError(f"{type(self).__name__} is append-only: rows cannot be deleted")


def trigger_sql(vendor: str, table: str) -> tuple[str, str]:
    """(create, drop) SQL for a trigger that refuses UPDATE on ``table``."""
    name = f"{table}_no_update"
    if vendor == "sqlite":
        create = (
            f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;"
        )
        return create, f"DROP TRIGGER IF EXISTS {name};"
    if vendor == "postgresql":
        create = (
            f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger AS $$ BEGIN "
            f"RAISE EXCEPTION '{table} is append-only'; END; $$ LANGUAGE plpgsql; "
            f"DROP TRIGGER IF EXISTS {name} ON {table}; "
            f"CREATE TRIGGER {name} BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION {name}_fn();"
        )
        return create, f"DROP TRIGGER IF EXISTS {name} ON {table}; DROP FUNCTION IF EXISTS {name}_fn();"
    return "", ""
