"""Database-level guard for the review trail: a trigger refuses UPDATE of events and step versions."""

from django.db import migrations

from communs.consultations.appendonly import trigger_sql

TABLES = ["review_reviewevent", "review_stepversion"]


def create(apps, schema_editor):  # type: ignore[no-untyped-def]
    for table in TABLES:
        sql, _ = trigger_sql(schema_editor.connection.vendor, table)
        if sql:
            schema_editor.execute(sql, None)


def drop(apps, schema_editor):  # type: ignore[no-untyped-def]
    for table in TABLES:
        _, sql = trigger_sql(schema_editor.connection.vendor, table)
        if sql:
            schema_editor.execute(sql, None)


class Migration(migrations.Migration):
    dependencies = [("review", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
