"""Import of Wahl-O-Mat data (qual-o-mat folder format) into an election: parties, one source per party, one
passage per (party, thesis). Idempotent: re-importing the same folder changes nothing; changed data replaces that
party's passages (each party in one transaction, through :func:`communs.elections.ingest.ingest_document`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from communs.core.sources import SourceError
from communs.core.sources.wahlomat import WahlomatParty, read_wahlomat
from communs.elections.ingest import IngestError, IngestResult, ingest_document
from communs.elections.models import Election, Party, SourceKind


@dataclass
class WahlomatImport:
    slug: str
    title: str
    parties_created: int = 0
    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def n_passages(self) -> int:
        return sum(r.n_passages for r in self.results)


def origin_for(slug: str, party_id: int) -> str:
    return f"wahlomat:{slug}:{party_id}"


def _aliases(party: WahlomatParty) -> list[str]:
    candidates = [party.longname, party.name.replace(" / ", "/"), party.longname.replace(" / ", "/")]
    return [a for a in dict.fromkeys(c for c in candidates if c) if a != party.name]


def _upsert_party(election: Election, data: WahlomatParty) -> tuple[Party, bool]:
    party = Party.objects.filter(election=election, name=data.name).first()
    if party is None:
        return Party.objects.create(election=election, name=data.name, aliases=_aliases(data)), True
    merged = list(dict.fromkeys([*(party.aliases or []), *_aliases(data)]))
    if merged != (party.aliases or []):
        party.aliases = merged
        party.save(update_fields=["aliases"])
    return party, False


def import_wahlomat(
    election: Election,
    directory: str | Path,
    *,
    checked_by: str = "",
    progress: Callable[[int, int, str], None] | None = None,
) -> WahlomatImport:
    """Import a qual-o-mat folder into ``election``; ``progress(done, total, party_name)`` after each party.

    Raises :class:`IngestError` naming the folder or file when it is not a readable Wahl-O-Mat folder.
    """
    try:
        data = read_wahlomat(directory)
    except SourceError as exc:
        raise IngestError(exc.filename, exc.reason) from exc
    summary = WahlomatImport(slug=data.slug, title=data.title)
    with transaction.atomic():
        parties = []
        for item in data.parties:
            party, created = _upsert_party(election, item)
            parties.append(party)
            summary.parties_created += int(created)
    for done, (item, party) in enumerate(zip(data.parties, parties, strict=True), start=1):
        summary.results.append(
            ingest_document(
                election, item.document, origin=origin_for(data.slug, item.id), digest=item.digest,
                kind=SourceKind.PROGRAMME, party=party, title=item.document.title, language="de",
                checked_by=checked_by, filename=f"{directory}:{item.name}",
            )
        )
        if progress is not None:
            progress(done, len(data.parties), item.name)
    return summary
