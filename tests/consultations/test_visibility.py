"""Hidden, rejected and pending contributions never leave: routing, API listings, my votes, comments, Polis export,
open-data export. XSS payloads come back as inert JSON strings."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest
from django.test import Client

from communs.consultations.models import Comment, Contribution, Participant, Status, Vote
from communs.consultations.open_data import open_data_files, write_open_data
from communs.consultations.polis_io import export_polis
from communs.consultations.routing import next_statement, ranked_candidates
from communs.consultations.visibility import visible_contributions
from tests.consultations.conftest import make_consultation

pytestmark = pytest.mark.django_db
SECRET = {Status.PENDING: "PENDING-SECRET", Status.REJECTED: "REJECTED-SECRET", Status.HIDDEN: "HIDDEN-SECRET"}


@pytest.fixture
def mixed(db):  # type: ignore[no-untyped-def]
    c = make_consultation(n=2)
    voter = Participant.objects.create(consultation=c, pid=0, token_hash="f" * 64, xid="secret-xid")
    for n, (status, text) in enumerate(SECRET.items(), start=10):
        item = Contribution.objects.create(consultation=c, tid=n, text=text, status=status, author=voter)
        Vote.objects.create(participant=voter, contribution=item, value=1)
    for s in visible_contributions(c):
        Vote.objects.create(participant=voter, contribution=s, value=-1)
        Comment.objects.create(contribution=s, participant=voter, text="visible comment")
        Comment.objects.create(contribution=s, participant=voter, text="HIDDEN-COMMENT", status=Status.HIDDEN)
    return c


def _assert_clean(blob: str) -> None:
    for secret in [*SECRET.values(), "HIDDEN-COMMENT", "secret-xid", "f" * 64]:
        assert secret not in blob


def test_routing_never_offers_hidden(mixed) -> None:  # type: ignore[no-untyped-def]
    fresh = Participant.objects.create(consultation=mixed, pid=1)
    offered = {c.text for _, c in ranked_candidates(mixed, fresh)}
    assert offered == {"Statement number 0 about the town", "Statement number 1 about the town"}
    seen = set()
    for _ in range(3):
        s = next_statement(mixed, fresh)
        if s is None:
            break
        seen.add(s.status)
        Vote.objects.create(participant=fresh, contribution=s, value=0)
    assert seen == {Status.ACCEPTED}


def test_api_outputs_never_show_hidden(mixed) -> None:  # type: ignore[no-untyped-def]
    client = Client()
    blobs = [client.get(u).content.decode() for u in (
        "/api/consultations/", "/api/consultations/town", "/api/consultations/town/contributions",
        "/api/consultations/town/next", "/api/consultations/town/votes/mine")]
    for s in Contribution.objects.filter(consultation=mixed):
        r = client.get(f"/api/consultations/town/contributions/{s.pk}/comments")
        assert r.status_code == (200 if s.status == Status.ACCEPTED else 404)
        blobs.append(r.content.decode())
    for blob in blobs:
        _assert_clean(blob)
    assert client.get("/api/consultations/town").json()["statements"] == 2


def test_polis_export_never_shows_hidden(mixed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    counts = export_polis(mixed, tmp_path)
    assert counts["comments.csv"] == 2 and counts["votes.csv"] == 2
    for f in tmp_path.iterdir():
        _assert_clean(f.read_text(encoding="utf-8"))
    header = next(csv.reader((tmp_path / "participants-votes.csv").open(encoding="utf-8")))
    assert header[6:] == ["0", "1"]


def test_open_data_zip_has_no_hidden_items_and_no_personal_data(mixed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Contribution.objects.create(consultation=mixed, tid=20, status=Status.ACCEPTED,
                                text="Write to lea.martin@example.org or call 06 12 34 56 78 about buses")
    path = tmp_path / "open.zip"
    counts = write_open_data(mixed, path)
    assert counts["statements"] == 3 and counts["votes"] == 2 and counts["comments"] == 2
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        assert {"README.md", "datacard.json", "statements.csv", "statements.json", "votes.csv", "votes.json",
                "comments.csv", "comments.json"} <= names
        blob = "".join(archive.read(n).decode() for n in names)
        card = json.loads(archive.read("datacard.json"))
    _assert_clean(blob)
    assert "lea.martin@example.org" not in blob and "06 12 34 56 78" not in blob and "[email]" in blob
    assert card["licence"] == "CC BY 4.0" and card["exported_at"]
    assert card["excluded"]["contributions_hidden"] == 1 and card["excluded"]["contributions_rejected"] == 1
    assert card["excluded"]["contributions_pending_review"] == 1 and card["excluded"]["comments_not_visible"] == 2
    assert "token" not in json.dumps(json.loads(open_data_files(mixed)["statements.json"]))


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_xss_payload_is_returned_as_inert_json(db) -> None:  # type: ignore[no-untyped-def]
    c = make_consultation(n=0)
    Contribution.objects.create(consultation=c, tid=0, text=XSS, status=Status.ACCEPTED)
    r = Client().get("/api/consultations/town/contributions")
    assert r["Content-Type"].startswith("application/json")
    assert r.json()[0]["text"] == XSS  # data, never markup: the JSON content type is not rendered by browsers
    assert r.headers.get("X-Content-Type-Options") == "nosniff"
