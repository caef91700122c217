"""``communs polis analyse DIR --json``: the JSON contract on a small export folder written here."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from communs.cli import app
from tests.core._deliberation_data import two_camps

runner = CliRunner()


def write_export(folder: Path) -> dict[str, int]:
    matrix, camp = two_camps(n_per_camp=20, n_statements=12)
    folder.mkdir()
    ids = [str(t)[1:] for t in matrix.statement_ids]
    lines = ["timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body"]
    for i, tid in enumerate(ids):
        lines.append(f"{1000 + i},x,{tid},0,0,0,{-1 if tid == '11' else 1},Statement {tid}")
    (folder / "comments.csv").write_text("\n".join(lines) + "\n")
    votes = ["timestamp,datetime,comment-id,voter-id,vote"]
    for n, (r, c, v) in enumerate(zip(matrix.rows, matrix.cols, matrix.values, strict=True)):
        votes.append(f"{2000 + n},x,{ids[c]},{str(matrix.participant_ids[r])[1:]},{v}")
    (folder / "votes.csv").write_text("\n".join(votes) + "\n")
    return {p[1:]: c for p, c in camp.items()}


def test_json_contract(tmp_path: Path) -> None:
    camp = write_export(tmp_path / "conv")
    result = runner.invoke(app, ["polis", "analyse", str(tmp_path / "conv"), "--json", "--seed", "3"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"k", "groups", "repness", "consensus", "group_informed_consensus", "seconds"}
    assert out["k"] == 2 and isinstance(out["seconds"], float)
    assert set(out["groups"]) == set(camp)  # participant ids as in the export
    assert all(isinstance(g, int) and 0 <= g < 2 for g in out["groups"].values())
    assert {camp[p] for p, g in out["groups"].items() if g == 0} in ({0}, {1})
    assert set(out["repness"]) == {"0", "1"}
    statement_ids = {str(i) for i in range(12)}
    for ids in out["repness"].values():
        assert ids and set(ids) <= statement_ids - {"11"}  # moderated-out 11 never selected
    assert set(out["consensus"]) == {"agree", "disagree"}
    assert all(isinstance(x, str) for x in out["consensus"]["agree"] + out["consensus"]["disagree"])
    assert set(out["group_informed_consensus"]) == statement_ids
    assert all(isinstance(v, float) and 0 < v < 1 for v in out["group_informed_consensus"].values())


def test_human_output_and_errors(tmp_path: Path) -> None:
    write_export(tmp_path / "conv")
    result = runner.invoke(app, ["polis", "analyse", str(tmp_path / "conv")])
    assert result.exit_code == 0 and "k = 2 groups" in result.stdout
    missing = runner.invoke(app, ["polis", "analyse", str(tmp_path / "nope"), "--json"])
    assert missing.exit_code == 1 and "no such folder" in missing.output
    assert len(missing.output.strip().splitlines()) == 1
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "comments.csv").write_text("comment-id,moderated,comment-body\n1,1,x\n")
    bad = runner.invoke(app, ["polis", "analyse", str(tmp_path / "bad"), "--json"])
    assert bad.exit_code == 1 and "no votes to analyse" in bad.output


def test_replay_option_gives_the_same_contract_and_the_two_camps(tmp_path: Path) -> None:
    camp = write_export(tmp_path / "conv")
    result = runner.invoke(app, ["polis", "analyse", str(tmp_path / "conv"), "--json", "--replay"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"k", "groups", "repness", "consensus", "group_informed_consensus", "seconds"}
    assert out["k"] == 2 and set(out["groups"]) == set(camp)
    by_group: dict[int, set[int]] = {}
    for participant, group in out["groups"].items():
        by_group.setdefault(group, set()).add(camp[participant])
    assert sorted(map(sorted, by_group.values())) == [[0], [1]]
