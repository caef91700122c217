"""Ingestion of checked source files into Source and Passage rows, with provenance.

- The content hash is the SHA-256 of the file bytes. The same (election, origin) with the same hash is a no-op
  ("unchanged"); a changed file replaces its source's passages in one transaction ("replaced").
- Passage ids are content hashes of (election slug, source content hash, span, text) — stable across re-ingestion
  (docs/adr/0005). The same bytes under a second origin in one election would duplicate every passage, so that is
  refused with the origin it was first added under.
- Bad input raises :class:`IngestError` ("FILE: reason", one line) before anything is written; the write itself is
  one transaction, so nothing partial is ever stored.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Literal

from django.db import IntegrityError, transaction
from django.utils import timezone

from communs.core.sources import Document, PassageSpan, SourceError, convert, split_passages
from communs.core.text import fold
from communs.elections.models import Election, Party, Passage, Source, SourceKind, max_source_bytes

Status = Literal["created", "unchanged", "replaced"]
_BATCH = 2000


class IngestError(SourceError):
    """A file that cannot be ingested: ``str(error) == "FILE: reason"``; nothing was stored."""


@dataclass(frozen=True)
class IngestResult:
    source: Source
    status: Status
    n_passages: int


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def passage_id(election_slug: str, source_hash: str, start: int, end: int, text: str) -> str:
    """The passage's content-hash id (64 hex characters)."""
    key = "\x1f".join((election_slug, source_hash, f"{start}:{end}", text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def resolve_party(election: Election, party: Party | str | None, filename: str = "") -> Party | None:
    """The election's party named ``party`` (name, short name or alias; case and accents ignored)."""
    if party is None or isinstance(party, Party):
        if isinstance(party, Party) and party.election_id != election.pk:
            raise IngestError(filename, f"party {party.name!r} belongs to another election")
        return party
    wanted = fold(" ".join(party.split()))
    matches = [p for p in election.parties.all() if wanted in {fold(" ".join(n.split())) for n in p.all_names()}]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        known = ", ".join(p.label for p in election.parties.all()) or "none yet"
        raise IngestError(filename, f"unknown party {party!r} in election {election.slug!r} (known: {known})")
    raise IngestError(filename, f"party name {party!r} is ambiguous in election {election.slug!r}")


def _check_kind(kind: str, filename: str) -> str:
    if kind not in SourceKind.values:
        raise IngestError(filename, f"unknown kind {kind!r} (expected one of {', '.join(SourceKind.values)})")
    return kind


def _preflight(
    election: Election, origin: str, digest: str, party: Party | None, filename: str
) -> Source | None:
    """The existing source at ``origin`` (if any), after refusing a party clash or a duplicate under another name."""
    existing = Source.objects.filter(election=election, origin=origin).select_related("party").first()
    if existing is not None and existing.party_id != (party.pk if party else None):
        owner = existing.party.label if existing.party else "no party"
        raise IngestError(
            filename, f"origin {origin!r} is already a source of {owner} in {election.slug!r}; give this file another origin"
        )
    if existing is None or existing.content_hash != digest:
        duplicate = Source.objects.filter(election=election, content_hash=digest).exclude(origin=origin).first()
        if duplicate is not None:
            raise IngestError(filename, f"the same content is already ingested as {duplicate.origin!r} (source {duplicate.pk})")
    return existing


def _passage_rows(election: Election, source: Source, digest: str, spans: list[PassageSpan]) -> list[Passage]:
    return [
        Passage(
            id=passage_id(election.slug, digest, span.start, span.end, span.text),
            source=source,
            ordinal=span.ordinal,
            page=span.page,
            section=span.section[:500],
            start=span.start,
            end=span.end,
            text=span.text,
            language=(span.language or source.language)[:8],
            text_hash=text_hash(span.text),
        )
        for span in spans
    ]


def ingest_document(
    election: Election,
    document: Document,
    *,
    origin: str,
    digest: str,
    kind: str,
    party: Party | str | None = None,
    title: str | None = None,
    language: str | None = None,
    checked_by: str = "",
    filename: str | None = None,
) -> IngestResult:
    """Store an already converted ``document`` as the source at ``origin`` (``digest`` = its content hash)."""
    name = filename or origin
    _check_kind(kind, name)
    party_obj = resolve_party(election, party, name)
    existing = _preflight(election, origin, digest, party_obj, name)
    if existing is not None and existing.content_hash == digest:
        return IngestResult(existing, "unchanged", existing.passages.count())
    spans = split_passages(document)
    if not spans:
        raise IngestError(name, "no passages could be cut from the extracted text")
    fields = {
        "party": party_obj,
        "kind": kind,
        "title": (title or document.title or PurePath(origin).stem)[:300],
        "language": (language or document.language)[:8],
        "media_type": document.media_type[:100],
        "content_hash": digest,
        "text": document.text,
        "pages": document.pages_as_lists(),
        "checked_by": checked_by[:200],
        "checked_at": timezone.now() if checked_by else None,
    }
    try:
        with transaction.atomic():
            current = Source.objects.select_for_update().filter(election=election, origin=origin).order_by("pk").first()
            if current is not None and current.content_hash == digest:  # another process was faster
                return IngestResult(current, "unchanged", current.passages.count())
            if current is None:
                source = Source.objects.create(election=election, origin=origin, **fields)
                status: Status = "created"
            else:
                current.passages.all().delete()
                for key, value in fields.items():
                    setattr(current, key, value)
                current.save()
                source, status = current, "replaced"
            Passage.objects.bulk_create(_passage_rows(election, source, digest, spans), batch_size=_BATCH)
    except IntegrityError as exc:
        # Two writers created the same new source at once (possible on PostgreSQL): the loser reports the winner's
        # row when it holds the same content.
        winner = Source.objects.filter(election=election, origin=origin, content_hash=digest).first()
        if winner is not None:
            return IngestResult(winner, "unchanged", winner.passages.count())
        raise IngestError(name, f"could not store the source ({exc}); nothing was stored") from exc
    return IngestResult(source, status, len(spans))


def ingest_bytes(
    election: Election,
    data: bytes,
    filename: str,
    *,
    kind: str,
    party: Party | str | None = None,
    title: str | None = None,
    language: str | None = None,
    origin: str | None = None,
    checked_by: str = "",
    max_bytes: int | None = None,
) -> IngestResult:
    """Convert and store the bytes of ``filename``. The origin defaults to the file's base name."""
    _check_kind(kind, filename)
    party_obj = resolve_party(election, party, filename)
    origin = origin or PurePath(filename).name
    digest = content_hash(data)
    existing = _preflight(election, origin, digest, party_obj, filename)
    if existing is not None and existing.content_hash == digest:
        return IngestResult(existing, "unchanged", existing.passages.count())
    limit = max_source_bytes() if max_bytes is None else max_bytes
    try:
        document = convert(data, filename, max_bytes=limit, languages=election.language_list, language=language)
    except SourceError as exc:
        raise IngestError(exc.filename, exc.reason) from exc
    return ingest_document(
        election, document, origin=origin, digest=digest, kind=kind, party=party_obj, title=title,
        language=language, checked_by=checked_by, filename=filename,
    )


def ingest_file(
    election: Election,
    path: str | Path,
    *,
    kind: str,
    party: Party | str | None = None,
    title: str | None = None,
    language: str | None = None,
    origin: str | None = None,
    checked_by: str = "",
    max_bytes: int | None = None,
) -> IngestResult:
    """Read ``path`` and ingest it (see :func:`ingest_bytes`); errors name the path as given."""
    filename = str(path)
    limit = max_source_bytes() if max_bytes is None else max_bytes
    try:
        size = Path(path).stat().st_size
        if size > limit:
            raise IngestError(filename, f"file too large: {size:,} bytes, the limit is {limit:,} bytes")
        data = Path(path).read_bytes()
    except IsADirectoryError as exc:
        raise IngestError(filename, "is a directory, not a file") from exc
    except FileNotFoundError as exc:
        raise IngestError(filename, "no such file") from exc
    except OSError as exc:
        raise IngestError(filename, f"cannot read: {exc.strerror or exc}") from exc
    return ingest_bytes(
        election, data, filename, kind=kind, party=party, title=title, language=language, origin=origin,
        checked_by=checked_by, max_bytes=limit,
    )
