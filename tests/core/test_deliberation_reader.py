"""The Polis export reader: every real open-data conversation, vote convention, malformed folders."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from communs.core.deliberation import PolisExportError, read_polis_export
from tests.conftest import SHARED_DATA, shared_data_path

OPENDATA = SHARED_DATA / "polis-opendata"
FOLDERS = sorted(p.name for p in OPENDATA.iterdir() if p.is_dir()) if OPENDATA.exists() else ["(absent)"]


@pytest.mark.data
@pytest.mark.parametrize("name", FOLDERS)
def test_reads_every_opendata_conversation(name: str) -> None:
    folder = shared_data_path("polis-opendata", name)
    export = read_polis_export(folder)
    with (folder / "comments.csv").open(encoding="utf-8") as handle:
        comment_rows = list(csv.DictReader(handle))
    assert len(export.comments) == len(comment_rows) > 0
    assert {c.moderated for c in export.comments} <= {-1, 0, 1}
    assert all(v.value in (-1, 0, 1) for v in export.votes)
    pairs = {(v.participant_id, v.comment_id) for v in export.votes}
    assert len(pairs) == len(export.votes)  # latest vote only
    if (folder / "votes.csv").exists():
        assert export.votes_source.startswith("votes.csv")
        assert all(v.timestamp is not None for v in export.votes if export.votes_source == "votes.csv")
    elif (folder / "participants-votes.csv").exists():
        assert export.votes_source == "participants-votes.csv" and export.votes
    else:
        assert export.votes == [] and export.notes
    if (folder / "participants-votes.csv").exists():
        with (folder / "participants-votes.csv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert len(export.polis_groups) == sum(1 for r in rows if r["group-id"] != "")
        # the matrix agrees with the kept votes, and n-agree is the count of 1s: 1 = agree
        votes = {(v.participant_id, v.comment_id): v.value for v in export.votes}
        for r in rows[:50]:
            agrees = sum(1 for (p, _), val in votes.items() if p == r["participant"] and val == 1)
            assert agrees == int(r["n-agree"]), r["participant"]


@pytest.mark.data
@pytest.mark.parametrize("name", ["brexit-consensus", "15-per-hour-seattle", "vtaiwan.uberx"])
def test_agree_is_one_in_exports(name: str) -> None:
    """comments.csv's agrees/disagrees match the 1/-1 counts of the latest votes (within a few vote changes),
    and are far from the swapped convention."""
    folder = shared_data_path("polis-opendata", name)
    export = read_polis_export(folder)
    with (folder / "comments.csv").open(encoding="utf-8") as handle:
        rows = {r["comment-id"]: (int(r["agrees"]), int(r["disagrees"])) for r in csv.DictReader(handle)}
    ones: dict[str, int] = {}
    minus: dict[str, int] = {}
    for v in export.votes:
        target = ones if v.value == 1 else minus if v.value == -1 else None
        if target is not None:
            target[v.comment_id] = target.get(v.comment_id, 0) + 1
    same = sum(abs(ones.get(c, 0) - a) + abs(minus.get(c, 0) - d) for c, (a, d) in rows.items())
    swapped = sum(abs(minus.get(c, 0) - a) + abs(ones.get(c, 0) - d) for c, (a, d) in rows.items())
    total = sum(a + d for a, d in rows.values())
    assert same < 0.05 * total < swapped


def test_malformed_folders(tmp_path: Path) -> None:
    with pytest.raises(PolisExportError, match="no such folder"):
        read_polis_export(tmp_path / "missing")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(PolisExportError, match="not a folder"):
        read_polis_export(tmp_path / "file.txt")
    with pytest.raises(PolisExportError, match="not a Polis export"):
        read_polis_export(tmp_path)
    (tmp_path / "comments.csv").write_text("comment-id,comment-body\n1,hello\n")
    with pytest.raises(PolisExportError, match="missing column"):
        read_polis_export(tmp_path)
    (tmp_path / "comments.csv").write_text("comment-id,moderated,comment-body\n1,1,hello\n")
    (tmp_path / "votes.csv").write_text("timestamp,comment-id,voter-id,vote\n1,1,0,5\n")
    with pytest.raises(PolisExportError, match="vote must be"):
        read_polis_export(tmp_path)
    (tmp_path / "votes.csv").write_text("timestamp,comment-id,voter-id,vote\n1,1,zero,1\n")
    with pytest.raises(PolisExportError, match="not a number"):
        read_polis_export(tmp_path)


def test_latest_vote_and_matrix_completion(tmp_path: Path) -> None:
    (tmp_path / "comments.csv").write_text(
        "timestamp,comment-id,author-id,moderated,is-seed,comment-body\n10,0,0,1,true,a\n11,1,0,-1,false,b\n")
    (tmp_path / "votes.csv").write_text(
        "timestamp,datetime,comment-id,voter-id,vote\n20,x,0,5,1\n30,x,0,5,-1\n25,x,1,5,0\n")
    (tmp_path / "participants-votes.csv").write_text(
        "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1\n5,1,0,2,0,1,-1,0\n6,,0,1,1,0,1,\n")
    export = read_polis_export(tmp_path)
    assert [(v.participant_id, v.comment_id, v.value) for v in export.votes] == [
        ("5", "1", 0), ("5", "0", -1), ("6", "0", 1)]
    assert export.raw_vote_rows == 3 and export.votes_source == "votes.csv+participants-votes.csv"
    assert export.polis_groups == {"5": 1}
    assert export.moderated_out_ids == ["1"]
    assert export.comments[0].is_seed is True and export.comments[0].created == 10
    os.remove(tmp_path / "votes.csv")
    rebuilt = read_polis_export(tmp_path)
    assert rebuilt.votes_source == "participants-votes.csv"
    assert {(v.participant_id, v.comment_id, v.value, v.timestamp) for v in rebuilt.votes} == {
        ("5", "0", -1, None), ("5", "1", 0, None), ("6", "0", 1, None)}
