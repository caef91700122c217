"""Polis interoperability: every open-data conversation imports (parametrised, skipped when the data is absent),
round trip import -> export -> import on real and synthetic conversations, group-id export, CLI commands."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communs.cli import app
from communs.consultations.models import Consultation, Contribution, Participant, Status, Vote, VoteEvent
from communs.consultations.polis_io import PolisImportError, export_polis, import_polis, snapshot
from tests.conftest import SHARED_DATA, shared_data_path

pytestmark = pytest.mark.django_db
POLIS = SHARED_DATA / "polis-opendata"
FOLDERS = sorted(p.name for p in POLIS.iterdir() if p.is_dir()) if POLIS.exists() else ["(absent)"]


def _index() -> dict[str, dict[str, str]]:
    with (POLIS / "INDEX.csv").open(encoding="utf-8") as handle:
        return {row["conversation"]: row for row in csv.DictReader(handle)}


@pytest.mark.data
@pytest.mark.slow
@pytest.mark.parametrize("name", FOLDERS)
def test_every_open_data_conversation_imports(name: str) -> None:
    folder = shared_data_path("polis-opendata", name)
    row = _index()[name]
    report = import_polis(folder, "conv")
    c = Consultation.objects.get(slug="conv")
    assert report.comments == int(row["comments_rows"]) == c.contributions.count()
    moderated_out = Contribution.objects.filter(consultation=c, status=Status.REJECTED).count()
    assert moderated_out == int(row["comments_moderated_out"])
    if row["votes_unique_voter_comment"]:
        assert report.votes == Vote.objects.filter(contribution__consultation=c).count()
        assert report.votes >= int(row["votes_unique_voter_comment"])  # + votes only in participants-votes.csv
    assert VoteEvent.objects.filter(contribution__consultation=c).count() == report.votes
    if row["participants_with_group_id"]:
        assert Participant.objects.filter(consultation=c, group_id__isnull=False).count() == int(
            row["participants_with_group_id"])


@pytest.mark.data
@pytest.mark.parametrize("name", ["london.youth.policing", "15-per-hour-seattle"])
def test_round_trip_on_real_conversations(name: str, tmp_path: Path) -> None:
    folder = shared_data_path("polis-opendata", name)
    import_polis(folder, "first")
    export_polis(Consultation.objects.get(slug="first"), tmp_path / "out")
    import_polis(tmp_path / "out", "second")
    first, second = (snapshot(Consultation.objects.get(slug=s)) for s in ("first", "second"))
    assert first == second and first[0] and first[1]
    # and the second export is byte-identical to the first (a fixed point), timestamps included
    export_polis(Consultation.objects.get(slug="second"), tmp_path / "again")
    for f in ("comments.csv", "votes.csv", "participants-votes.csv"):
        assert (tmp_path / "out" / f).read_text() == (tmp_path / "again" / f).read_text()


def _synthetic(folder: Path) -> None:
    folder.mkdir()
    comments = [
        ["1700000000000", "x", "0", "0", "0", "0", "1", 'Quoted "text", with a comma'],
        ["1700000001000", "x", "1", "1", "0", "0", "0", "Zweiter Kommentar mit Umlauten: äöü"],
        ["1700000002000", "x", "2", "0", "0", "0", "-1", "moderated out"],
        ["1700000003000", "x", "3", "2", "0", "0", "1", "Multi-line\ncomment"],
    ]
    with (folder / "comments.csv").open("w", newline="", encoding="utf-8") as h:
        w = csv.writer(h)
        w.writerow(["timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated",
                    "comment-body"])
        w.writerows(comments)
    votes = [  # participant 5 changes their mind on comment 0: the latest vote wins
        (1700000010000, 0, 5, 1), (1700000020000, 0, 5, -1), (1700000011000, 1, 5, 0), (1700000012000, 0, 1, 1),
        (1700000013000, 3, 2, -1), (1700000014000, 2, 2, 1),
    ]
    with (folder / "votes.csv").open("w", newline="", encoding="utf-8") as h:
        w = csv.writer(h)
        w.writerow(["timestamp", "datetime", "comment-id", "voter-id", "vote"])
        w.writerows([[t, "x", c, p, v] for t, c, p, v in votes])


def test_round_trip_on_a_synthetic_conversation(tmp_path: Path) -> None:
    _synthetic(tmp_path / "src")
    report = import_polis(tmp_path / "src", "syn")
    c = Consultation.objects.get(slug="syn")
    assert (report.comments, report.participants, report.votes) == (4, 4, 5)
    assert Vote.objects.get(participant__pid=5, contribution__tid=0).value == -1
    statuses = dict(c.contributions.values_list("tid", "status"))
    assert statuses == {0: Status.ACCEPTED, 1: Status.ACCEPTED, 2: Status.REJECTED, 3: Status.ACCEPTED}
    export_polis(c, tmp_path / "out", groups={5: 0, 1: 1, 2: 1})
    rows = list(csv.DictReader((tmp_path / "out" / "participants-votes.csv").open(encoding="utf-8")))
    assert {r["participant"]: r["group-id"] for r in rows} == {"0": "", "1": "1", "2": "1", "5": "0"}
    comments = list(csv.DictReader((tmp_path / "out" / "comments.csv").open(encoding="utf-8")))
    assert [(r["comment-id"], r["moderated"]) for r in comments] == [("0", "1"), ("1", "0"), ("3", "1")]
    assert comments[0]["comment-body"] == 'Quoted "text", with a comma' and comments[2]["comment-body"] == "Multi-line\ncomment"
    import_polis(tmp_path / "out", "syn2")
    assert snapshot(c) == snapshot(Consultation.objects.get(slug="syn2"))
    assert Participant.objects.get(consultation__slug="syn2", pid=5).group_id == 0
    with pytest.raises(PolisImportError):
        import_polis(tmp_path / "src", "syn")


def test_cli_import_and_export(tmp_path: Path) -> None:
    _synthetic(tmp_path / "src")
    runner = CliRunner()
    done = runner.invoke(app, ["polis", "import", str(tmp_path / "src"), "--slug", "cli"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output.strip().splitlines()[-1])["votes"] == 5
    groups = tmp_path / "groups.json"
    groups.write_text(json.dumps({"5": 1}))
    out = runner.invoke(app, ["polis", "export", "cli", str(tmp_path / "out"), "--groups", str(groups)])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output.strip().splitlines()[-1])["comments.csv"] == 3
    missing = runner.invoke(app, ["polis", "export", "nope", str(tmp_path / "x")])
    assert missing.exit_code != 0
    zipped = runner.invoke(app, ["consultations", "export-open-data", "cli", str(tmp_path / "cli.zip")])
    assert zipped.exit_code == 0, zipped.output
    assert (tmp_path / "cli.zip").stat().st_size > 0
