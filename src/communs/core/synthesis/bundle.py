"""Reproducibility bundles: a ZIP holding everything needed to re-run a synthesis without the database —
``bundle.json`` (code and synthesis versions, parameters, seeds, embedder, prompt versions, input hashes, output
hashes), ``contributions.jsonl`` (the visible contributions used) and ``votes.csv`` (the votes used)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import communs
from communs.core.synthesis.run import (
    SYNTHESIS_VERSION,
    RunOutput,
    RunParameters,
    Snapshot,
    VoteRow,
    canonical_json,
    contributions_from_rows,
)
from communs.core.synthesis.types import Contribution


class BundleError(ValueError):
    """A bundle that cannot be read; the message names the file and the problem."""


def make_bundle(snapshot: Snapshot, output: RunOutput, *, embedder_name: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "format": "communs-synthesis-bundle/1",
        "code_version": communs.__version__,
        "synthesis_version": SYNTHESIS_VERSION,
        "parameters": output.parameters.as_dict(),
        "seeds": {"deliberation": output.parameters.seed, "topics": output.parameters.seed},
        "embedder": embedder_name,
        "writer": "extractive+llm" if output.llm_log.get("topics") else "extractive",
        "prompt_versions": {"synthesis_topics": output.llm_log["prompt_version"]} if output.llm_log.get("topics") else {},
        "model_ids": {"llm": output.llm_log.get("model")} if output.llm_log.get("topics") else {},
        "llm_outputs": {k: v["raw"] for k, v in output.llm_log.get("topics", {}).items() if "raw" in v},
        "inputs": snapshot.hashes(),
        "outputs": output.hashes(),
        **(extra or {}),
    }


def write_bundle_zip(bundle: dict[str, Any], snapshot: Snapshot) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bundle.json", json.dumps(bundle, indent=2, ensure_ascii=False, sort_keys=True))
        lines = [json.dumps({"id": c.id, "text": c.text, "language": c.language}, ensure_ascii=False) for c in snapshot.contributions]
        archive.writestr("contributions.jsonl", "\n".join(lines) + ("\n" if lines else ""))
        votes = io.StringIO()
        writer = csv.writer(votes)
        writer.writerow(["participant", "statement", "value", "at"])
        for v in snapshot.votes:
            writer.writerow([v.participant, v.statement, v.value, "" if v.at is None else repr(v.at)])
        archive.writestr("votes.csv", votes.getvalue())
    return buffer.getvalue()


def read_bundle_zip(path: str | Path | bytes) -> tuple[dict[str, Any], Snapshot]:
    """Read a bundle from a file path or from the ZIP's bytes."""
    name = "bundle" if isinstance(path, bytes) else str(path)
    source = io.BytesIO(path) if isinstance(path, bytes) else path
    try:
        with zipfile.ZipFile(source) as archive:
            bundle = json.loads(archive.read("bundle.json"))
            rows = [json.loads(line) for line in archive.read("contributions.jsonl").decode("utf-8").splitlines() if line.strip()]
            reader = csv.DictReader(io.StringIO(archive.read("votes.csv").decode("utf-8")))
            votes = tuple(
                VoteRow(r["participant"], r["statement"], int(r["value"]), float(r["at"]) if r["at"] else None) for r in reader
            )
    except FileNotFoundError as exc:
        raise BundleError(f"{name}: no such file") from exc
    except (zipfile.BadZipFile, KeyError, ValueError, json.JSONDecodeError) as exc:
        raise BundleError(f"{name}: not a synthesis bundle ({exc})") from exc
    if bundle.get("format") != "communs-synthesis-bundle/1":
        raise BundleError(f"{name}: unknown bundle format {bundle.get('format')!r}")
    return bundle, Snapshot(contributions=contributions_from_rows(rows), votes=votes)


def read_bundle_contributions(data: bytes) -> tuple[Contribution, ...]:
    """Only the contributions of a bundle (what pages and edit checks need), without parsing its votes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            lines = archive.read("contributions.jsonl").decode("utf-8").splitlines()
    except (zipfile.BadZipFile, KeyError) as exc:
        raise BundleError(f"bundle: not a synthesis bundle ({exc})") from exc
    return contributions_from_rows([json.loads(line) for line in lines if line.strip()])


def parameters_of(bundle: dict[str, Any]) -> RunParameters:
    p = bundle.get("parameters", {})
    return RunParameters(language=p.get("language", "en"), seed=int(p.get("seed", 0)),
                         max_per_section=int(p.get("max_per_section", 5)), topics_k=p.get("topics_k"))


def recorded_llm_outputs(bundle: dict[str, Any]) -> dict[str, str] | None:
    """The LLM outputs a bundle recorded (replayed by a re-run), or None for an extractive run."""
    outputs = bundle.get("llm_outputs") or {}
    return {str(k): str(v) for k, v in outputs.items()} or None


def compare_outputs(bundle: dict[str, Any], output: RunOutput) -> dict[str, tuple[str, str]]:
    """Steps whose output hash differs from the bundle's: key -> (expected, got)."""
    expected = bundle.get("outputs", {})
    got = output.hashes()
    return {k: (expected.get(k, ""), got.get(k, "")) for k in sorted(set(expected) | set(got)) if expected.get(k) != got.get(k)}


__all__ = ["BundleError", "canonical_json", "compare_outputs", "make_bundle", "parameters_of", "read_bundle_contributions", "read_bundle_zip", "recorded_llm_outputs", "write_bundle_zip"]
