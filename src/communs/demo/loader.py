"""Load the bundled demo election (``election.json`` and the files it lists) into the database, idempotently.

The manifest names the election, its parties (name, short name, aliases), its sources (file, kind, party, language,
title) and its key dates, each date pointing at the official source passage that states it (``quote`` must occur in
exactly that source). Re-running the loader changes nothing: the election and parties are matched by slug and
name, sources by origin and content hash (see ``communs.elections.ingest``), dates by (kind, date).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction

from communs.elections.ingest import IngestResult, ingest_file
from communs.elections.models import Election, ElectionDate, Party, Passage, Source

DEMO_DIR = Path(__file__).resolve().parent
MANIFEST = DEMO_DIR / "election.json"
CHECKED_BY = "communs demo"
ORIGIN_PREFIX = "communs-demo/"


class DemoError(RuntimeError):
    """The demo manifest is inconsistent (missing file, unknown party, a date quote not found)."""


@dataclass
class DemoReport:
    election: Election
    election_created: bool = False
    parties_created: int = 0
    sources: list[tuple[str, IngestResult]] = field(default_factory=list)
    dates_created: int = 0
    dates_updated: int = 0

    @property
    def n_passages(self) -> int:
        return sum(result.n_passages for _, result in self.sources)

    @property
    def changed(self) -> bool:
        return bool(
            self.election_created or self.parties_created or self.dates_created or self.dates_updated
            or any(result.status != "unchanged" for _, result in self.sources)
        )


def read_manifest(path: Path = MANIFEST) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DemoError(f"{path}: cannot read the demo manifest ({exc})") from exc
    for key in ("election", "parties", "sources", "dates"):
        if key not in data:
            raise DemoError(f"{path}: the manifest has no {key!r}")
    return data


def _description(spec: dict[str, Any]) -> str:
    descriptions = spec.get("descriptions") or {}
    languages = [code.strip() for code in spec.get("languages", "fr,de,en").split(",") if code.strip()]
    return "\n\n".join(descriptions[code] for code in languages if code in descriptions) or spec.get("description", "")


def _upsert(model_obj: Any, values: dict[str, Any]) -> bool:
    """Set ``values`` on ``model_obj`` and save it only when something differs; True when it was saved."""
    changed = [name for name, value in values.items() if getattr(model_obj, name) != value]
    for name in changed:
        setattr(model_obj, name, values[name])
    if changed:
        model_obj.save(update_fields=changed)
    return bool(changed)


def ensure_election(spec: dict[str, Any]) -> tuple[Election, bool]:
    values = {
        "name": spec["name"],
        "description": _description(spec),
        "languages": spec.get("languages", "fr,de,en"),
        "polling_day": dt.date.fromisoformat(spec["polling_day"]) if spec.get("polling_day") else None,
    }
    election, created = Election.objects.get_or_create(slug=spec["slug"], defaults=values)
    if not created:
        _upsert(election, values)
    return election, created


def ensure_parties(election: Election, specs: list[dict[str, Any]]) -> tuple[dict[str, Party], int]:
    parties: dict[str, Party] = {}
    created_count = 0
    for spec in specs:
        values = {"short_name": spec.get("short_name", ""), "aliases": list(spec.get("aliases", []))}
        party, created = Party.objects.get_or_create(election=election, name=spec["name"], defaults=values)
        if not created:
            _upsert(party, values)
        created_count += int(created)
        parties[spec.get("key", spec["name"])] = party
    return parties, created_count


def _origin(relative: str) -> str:
    return ORIGIN_PREFIX + relative


def ingest_sources(
    election: Election,
    specs: list[dict[str, Any]],
    parties: dict[str, Party],
    *,
    base_dir: Path = DEMO_DIR,
    on_source: Callable[[str, IngestResult], None] | None = None,
) -> list[tuple[str, IngestResult]]:
    results = []
    for spec in specs:
        path = base_dir / spec["file"]
        if not path.is_file():
            raise DemoError(f"{path}: listed in the demo manifest but missing")
        party_key = spec.get("party")
        if party_key is not None and party_key not in parties:
            raise DemoError(f"{spec['file']}: unknown party key {party_key!r} in the demo manifest")
        result = ingest_file(
            election, path, kind=spec["kind"], party=parties[party_key] if party_key else None,
            title=spec.get("title"), language=spec.get("language"), origin=_origin(spec["file"]),
            checked_by=CHECKED_BY,
        )
        results.append((spec["file"], result))
        if on_source is not None:
            on_source(spec["file"], result)
    return results


def _passage_with_quote(source: Source, quote: str) -> Passage:
    matches = [p for p in source.passages.order_by("ordinal") if quote in p.text]
    if not matches:
        raise DemoError(f"{source.origin}: no passage contains the date quote {quote!r}")
    return matches[0]


def ensure_dates(election: Election, specs: list[dict[str, Any]]) -> tuple[int, int]:
    created_count = updated_count = 0
    for spec in specs:
        source = Source.objects.filter(election=election, origin=_origin(spec["source"])).first()
        if source is None:
            raise DemoError(f"date {spec['kind']} {spec['date']}: source {spec['source']!r} is not loaded")
        passage = _passage_with_quote(source, spec["quote"])
        values = {"label": dict(spec.get("label", {})), "source": source, "passage": passage}
        row, created = ElectionDate.objects.get_or_create(
            election=election, kind=spec["kind"], date=dt.date.fromisoformat(spec["date"]), defaults=values
        )
        if created:
            created_count += 1
        elif _upsert(row, values):
            updated_count += 1
    return created_count, updated_count


def load_election(
    manifest: dict[str, Any] | None = None,
    *,
    base_dir: Path = DEMO_DIR,
    on_source: Callable[[str, IngestResult], None] | None = None,
) -> DemoReport:
    """Create or update the demo election, its parties, sources and dates. Running it twice changes nothing."""
    data = manifest if manifest is not None else read_manifest()
    with transaction.atomic():
        election, election_created = ensure_election(data["election"])
        parties, parties_created = ensure_parties(election, data["parties"])
    report = DemoReport(election, election_created, parties_created)
    report.sources = ingest_sources(election, data["sources"], parties, base_dir=base_dir, on_source=on_source)
    with transaction.atomic():
        report.dates_created, report.dates_updated = ensure_dates(election, data["dates"])
    return report
