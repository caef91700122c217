"""Database-level guard for the append-only tables: a trigger refuses UPDATE (SQLite and PostgreSQL)."""

from django.db import migrations

from communs.consultations.appendonly import trigger_sql

TABLES = ["consultations_voteevent", "consultations_moderationevent", "consultations_flag"]


def create(apps, schema_editor):  # type: ignore[no-untyped-def]
    for table in TABLES:
        sql, _ = trigger_sql(schema_editor.connection.vendor, table)
        if sql:
            schema_editor.execute(sql, None)  # params=None: PostgreSQL runs the multi-statement text as is


def drop(apps, schema_editor):  # type: ignore[no-untyped-def]
    for table in TABLES:
        _, sql = trigger_sql(schema_editor.connection.vendor, table)
        if sql:
            schema_editor.execute(sql, None)


class Migration(migrations.Migration):
    dependencies = [("consultations", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
