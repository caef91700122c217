"""``communs synthesis`` end to end: run, show, review, publish, bundle, rerun; clear errors."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from communs.cli import app
from communs.review.models import SynthesisRun

pytestmark = pytest.mark.django_db(transaction=True)
runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def test_full_cycle(consultation, reviewer, bystander, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = invoke("synthesis", "run", "mobility", "--language", "de")
    assert result.exit_code == 0, result.output
    run = SynthesisRun.objects.get()
    shown = invoke("synthesis", "show", str(run.pk))
    assert "summary" in shown.output and "pending" in shown.output
    summary = invoke("synthesis", "show", str(run.pk), "--step", "summary")
    assert "## Überblick" in summary.output

    refused = invoke("synthesis", "publish", str(run.pk), "--user", "reviewer")
    assert refused.exit_code == 1 and "approved" in refused.output
    denied = invoke("synthesis", "approve", str(run.pk), "groups", "--user", "bystander")
    assert denied.exit_code == 1 and "permission" in denied.output

    edited = tmp_path / "summary.md"
    edited.write_text(summary.output + "\n- Reviewed by the commission.\n", encoding="utf-8")
    assert invoke("synthesis", "edit", str(run.pk), "summary", "--file", str(edited), "--user", "reviewer").exit_code == 0
    for step in ("groups", "consensus", "topics", "summary"):
        assert invoke("synthesis", "approve", str(run.pk), step, "--user", "reviewer").exit_code == 0
    assert invoke("synthesis", "publish", str(run.pk), "--user", "reviewer").exit_code == 0

    bundle = tmp_path / "bundle.zip"
    assert invoke("synthesis", "bundle", str(run.pk), str(bundle)).exit_code == 0
    rerun = invoke("synthesis", "rerun", str(bundle))
    assert rerun.exit_code == 0, rerun.output
    assert rerun.output.count("identical") == 4


def test_errors_are_one_clear_line(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert "no consultation 'nope'" in invoke("synthesis", "run", "nope").output
    assert "no synthesis run 999" in invoke("synthesis", "show", "999").output
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip")
    result = invoke("synthesis", "rerun", str(broken))
    assert result.exit_code == 1 and "not a synthesis bundle" in result.output
