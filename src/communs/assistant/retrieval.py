"""Retrieval for the answer pipeline: ``communs.elections.search_index.search`` hits turned into the core's
``RetrievedPassage`` (text, source, party, page and offsets of each passage).

Passage rows are read once and kept in a bounded per-process cache keyed by passage id. Passage ids are content
hashes (election, source content hash, span, text), so a cached entry can never describe another text; only its
source title or party label could change, and ``forget(election)`` drops an election's entries after an edit.

The question's language is tried first (a French question is answered from the French programmes when they exist);
when nothing in that language matches, the search runs over every language of the election.

The searches of one ``retrieve`` callable (one answer: a comparison searches once per party) share one view of the
election (``search_index.view``: its index checked once, its parties read once), so they see the same passages and
cost two queries in all instead of three each.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from communs.core.answers.types import RetrievedPassage
from communs.elections.models import Election, Passage

CACHE_MAX = 200_000

_CACHE: OrderedDict[str, RetrievedPassage] = OrderedDict()
_ELECTION_OF: dict[str, int] = {}
_LOCK = threading.Lock()


def to_retrieved(passage: Passage, score: float = 0.0) -> RetrievedPassage:
    source = passage.source
    party = source.party
    return RetrievedPassage(
        passage_id=passage.pk,
        source_id=str(source.pk),
        source_title=source.title,
        party_id=str(party.pk) if party is not None else None,
        party_name=party.label if party is not None else None,
        kind=source.kind,
        page=passage.page,
        section=passage.section,
        start=passage.start,
        end=passage.end,
        text=passage.text,
        text_hash=passage.text_hash,
        score=score,
        language=passage.language or source.language,
    )


def passages(ids: Iterable[str]) -> dict[str, RetrievedPassage]:
    """The passages ``ids`` as ``RetrievedPassage`` (score 0), from the cache or the database."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, RetrievedPassage] = {}
    with _LOCK:
        for pid in wanted:
            item = _CACHE.get(pid)
            if item is not None:
                found[pid] = item
    missing = [pid for pid in wanted if pid not in found]
    if missing:
        rows = Passage.objects.filter(pk__in=missing).select_related("source", "source__party")
        loaded = {row.pk: (to_retrieved(row), row.source.election_id) for row in rows}
        with _LOCK:
            for pid, (item, election_id) in loaded.items():
                _CACHE[pid] = item
                _ELECTION_OF[pid] = election_id
                found[pid] = item
            while len(_CACHE) > CACHE_MAX:
                old, _ = _CACHE.popitem(last=False)
                _ELECTION_OF.pop(old, None)
    return found


def forget(election: Election) -> None:
    """Drop the cached passages of ``election`` (after its sources, parties or titles changed)."""
    with _LOCK:
        for pid in [p for p, e in _ELECTION_OF.items() if e == election.pk]:
            _CACHE.pop(pid, None)
            _ELECTION_OF.pop(pid, None)


def _hit_id(hit: Any) -> str:
    pid = getattr(hit, "passage_id", None)
    if pid is None:
        passage = getattr(hit, "passage", None)
        pid = getattr(passage, "pk", None)
    if pid is None:
        raise TypeError(f"search hit without a passage id: {hit!r}")
    return str(pid)


def _search_function() -> tuple[Callable[..., list[Any]], Callable[[Election], Any] | None]:
    """The search function, and the function taking a view of an election for several searches (or None)."""
    try:
        from communs.elections.search_index import search, view
    except ImportError:  # the elections search module is not installed: BM25 over the stored passages
        return _bm25_search, None
    return search, view


_BM25: dict[int, tuple[tuple[int, int], Any]] = {}


def _bm25_search(
    election: Election, query: str, *, party: Any = None, kind: str | None = None, language: str | None = None,
    k: int = 10, mode: str = "bm25",
) -> list[Any]:
    """Fallback search (BM25 of ``communs.core.search.index``) used only without ``communs.elections.search_index``."""
    from django.db.models import Count, Max

    from communs.core.search.index import HybridIndex, PassageRecord

    stats = Passage.objects.filter(source__election=election).aggregate(n=Count("pk"), t=Max("source__updated_at"))
    version = (stats["n"], hash(stats["t"]))
    cached = _BM25.get(election.pk)
    if cached is None or cached[0] != version:
        rows = Passage.objects.filter(source__election=election).select_related("source")
        records = [
            PassageRecord(r.pk, r.text, r.language or r.source.language, str(r.source.party_id or ""), r.source.kind,
                          str(r.source_id), r.section)
            for r in rows
        ]
        cached = (version, (HybridIndex(records), {r.id: r.language for r in records}))
        _BM25[election.pk] = cached
    index, languages = cached[1]
    filters = {"party": str(party) if party is not None else None, "kind": kind}
    hits = index.search(query, filters=filters, k=k * 3 if language else k, mode="bm25")
    if language:
        hits = [h for h in hits if languages.get(h.passage_id) == language]
    return hits[:k]


def make_retrieve(election: Election, language: str | None, *, mode: str = "hybrid") -> Callable[..., list[RetrievedPassage]]:
    """A ``Retrieve`` callable over the election's search index (the core's ``Retrieve`` protocol)."""
    search, take_view = _search_function()
    languages = set(election.language_list)
    view: Any = None  # the election's index and parties, read at the first search and kept for the others

    def retrieve(query: str, *, party: str | None = None, kind: str | None = None, k: int = 10) -> list[RetrievedPassage]:
        party_filter = int(party) if party is not None and party.isdigit() else party
        nonlocal view
        if take_view is not None and view is None:
            view = take_view(election)
        extra: dict[str, Any] = {"view": view} if view is not None else {}
        hits: list[Any] = []
        if language and language in languages:
            hits = search(election, query, party=party_filter, kind=kind, language=language, k=k, mode=mode, **extra)
        if not hits:
            hits = search(election, query, party=party_filter, kind=kind, k=k, mode=mode, **extra)
        ids = [_hit_id(h) for h in hits]
        scores = {_hit_id(h): float(getattr(h, "score", 0.0)) for h in hits}
        found = passages(ids)
        out = []
        for pid in ids:
            item = found.get(pid)
            if item is not None:
                out.append(_with_score(item, scores[pid]))
        return out

    return retrieve


def _with_score(item: RetrievedPassage, score: float) -> RetrievedPassage:
    from dataclasses import replace

    return replace(item, score=score)
