"""The search of an election over its passages: the core hybrid index (``communs.core.search.index``) built from
Passage rows, cached per process, with passage vectors persisted in ``PassageVector``.

* **Vectors** are keyed by (embedder name, passage ``text_hash``): computed once for the passage text, stored in
  bulk, reused by every later build, every process and every election holding the same text. A restart loads them
  and embeds nothing (only passages whose vector is missing are embedded).
* **Cache and invalidation.** One index per election per process. Before each search a single aggregate query
  over the election's *sources* (a handful of rows, not its thousands of passages) computes its *signature*:
  number of sources, sum of their ids, earliest and latest ``Source.updated_at``. Passages are only ever written
  by ingestion, which creates or re-saves their source in the same transaction (``updated_at`` is ``auto_now``), and
  they are only removed with their source, so adding, replacing or deleting passages changes the signature and the
  index is rebuilt on the next search - also in the other worker processes, which a signal could not reach.
  ``invalidate`` drops an index explicitly. Party names shown in hits are read at search time (once
  for all the searches of a :func:`view`: one answer's); the names indexed for BM25
  (the passage's ``context``: party names and source title) follow a rename at the next rebuild or ``invalidate``.
* **Embedder** chosen by name in settings: ``COMMUNS_EMBEDDER`` (default ``use-multilingual``) with
  ``COMMUNS_EMBEDDER_THREADS`` (default 1), resolved by ``communs.core.search.embeddings.get_embedder``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from functools import cache, cached_property
from typing import Any

import numpy as np
from django.conf import settings
from django.db import connection
from django.db.models import Q

from communs.core.search.embeddings import Embedder, get_embedder
from communs.core.search.index import MODES, HybridIndex, PassageRecord
from communs.core.text import fold
from communs.elections.models import Election, Party, Passage, PassageVector, Source

EMBED_BATCH = 256
_SQL_CHUNK = 500  # keeps "IN (...)" lists under SQLite's variable limit


@dataclass(frozen=True)
class SearchHit:
    passage_id: str
    score: float
    bm25: float
    dense: float
    rank: int
    source_id: int
    source_title: str
    party_id: int | None
    party_name: str | None
    party_short: str | None
    kind: str
    page: int | None
    section: str
    start: int
    end: int
    text: str
    language: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Row:
    source_id: int
    source_title: str
    party_id: int | None
    kind: str
    page: int | None
    section: str
    start: int
    end: int
    text: str
    language: str


@dataclass
class ElectionIndex:
    election_id: int
    signature: tuple[Any, ...]
    index: HybridIndex
    rows: list[_Row]
    model: str


@dataclass
class ElectionView:
    """One consistent view of an election for a series of searches (the searches of one answer): its index, checked
    against the signature once, and its parties, read once when first needed. ``search(..., view=v)`` then runs no
    query of its own."""

    election: Election
    index: ElectionIndex

    @cached_property
    def parties(self) -> tuple[Party, ...]:
        return tuple(Party.objects.filter(election=self.election))


_INDEXES: dict[int, ElectionIndex] = {}
_LOCK = threading.RLock()


def embedder() -> Embedder:
    name = getattr(settings, "COMMUNS_EMBEDDER", "use-multilingual")
    threads = int(getattr(settings, "COMMUNS_EMBEDDER_THREADS", 2))
    return get_embedder(name, threads=threads)


def _election(election: Election | str | int) -> Election:
    if isinstance(election, Election):
        return election
    if isinstance(election, int) or (isinstance(election, str) and election.isdigit()):
        return Election.objects.get(pk=int(election))
    return Election.objects.get(slug=election)


@cache
def _signature_sql() -> str:
    quote = connection.ops.quote_name
    meta = Source._meta
    pk, updated, election = (quote(meta.get_field(f).column) for f in ("id", "updated_at", "election"))
    return (f"SELECT COUNT({pk}), SUM({pk}), MIN({updated}), MAX({updated}) FROM {quote(meta.db_table)} "
            f"WHERE {election} = %s")


def signature(election: Election) -> tuple[Any, ...]:
    """A cheap fingerprint of the election's passages (one aggregate query over its sources); see the module
    docstring."""
    with connection.cursor() as cursor:  # SQL written once: the ORM spent most of this query's time compiling it
        cursor.execute(_signature_sql(), [election.pk])
        n, ids, lo, hi = cursor.fetchone()
    return (n, ids, str(lo), str(hi))


def _chunks(items: Sequence[str], size: int = _SQL_CHUNK) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def load_vectors(model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
    """Persisted vectors of ``model`` for ``hashes`` (those present)."""
    found: dict[str, np.ndarray] = {}
    for chunk in _chunks(list(dict.fromkeys(hashes))):
        for text_hash, dim, blob in PassageVector.objects.filter(model=model, text_hash__in=chunk).values_list(
            "text_hash", "dim", "vector"
        ):
            found[text_hash] = np.frombuffer(bytes(blob), dtype=np.float32, count=dim)
    return found


def embed_missing(
    election: Election | str | int | None = None, progress: Callable[[int, int], None] | None = None
) -> int:
    """Compute and persist the vectors missing for the passages of ``election`` (all elections when ``None``).
    Returns how many texts were embedded (0 when everything was already there); ``progress(done, total)`` is
    called after each batch."""
    passages = Passage.objects.all()
    if election is not None:
        passages = passages.filter(source__election=_election(election))
    text_of: dict[str, str] = {}
    for text_hash, text in passages.values_list("text_hash", "text").iterator(chunk_size=2000):
        text_of.setdefault(text_hash, text)
    model = embedder()
    have = load_vectors(model.name, list(text_of))
    missing = [h for h in text_of if h not in have]
    total = len(missing)
    if progress is not None:
        progress(0, total)
    for i in range(0, total, EMBED_BATCH):
        batch = missing[i : i + EMBED_BATCH]
        vectors = np.asarray(model.embed([text_of[h] for h in batch]), dtype=np.float32)
        PassageVector.objects.bulk_create(
            [
                PassageVector(model=model.name, text_hash=h, dim=int(v.shape[0]), vector=v.tobytes())
                for h, v in zip(batch, vectors, strict=True)
            ],
            ignore_conflicts=True,  # another process may have stored the same text meanwhile
        )
        if progress is not None:
            progress(min(i + EMBED_BATCH, total), total)
    return total


def _build(election: Election, sig: tuple[Any, ...]) -> ElectionIndex:
    embed_missing(election)
    model = embedder()
    rows: list[_Row] = []
    records: list[PassageRecord] = []
    hashes: list[str] = []
    query = (
        Passage.objects.filter(source__election=election)
        .select_related("source", "source__party")
        .order_by("source_id", "ordinal")
    )
    for p in query.iterator(chunk_size=2000):
        source = p.source
        language = p.language or source.language
        party_id = source.party_id
        rows.append(_Row(source.pk, source.title, party_id, source.kind, p.page, p.section, p.start, p.end, p.text,
                         language))
        names = source.party.all_names() if source.party is not None else []
        records.append(PassageRecord(id=p.pk, text=p.text, language=language, party=str(party_id or ""),
                                     kind=source.kind, source=str(source.pk), section=p.section,
                                     context=" ".join([*names, source.title])))
        hashes.append(p.text_hash)
    stored = load_vectors(model.name, hashes)
    vectors = None
    if records and all(h in stored for h in hashes):
        vectors = np.vstack([stored[h] for h in hashes])
    index = HybridIndex(records, vectors)
    # the index detects languages of passages stored without one; keep its view for the hits
    rows = [r if r.language else replace(r, language=lang) for r, lang in zip(rows, index.passage_languages, strict=True)]
    return ElectionIndex(election.pk, sig, index, rows, model.name)


def get_index(election: Election | str | int) -> ElectionIndex:
    """The current index of ``election``: the cached one if its signature still matches, else a fresh build."""
    election = _election(election)
    sig = signature(election)
    cached = _INDEXES.get(election.pk)
    if cached is not None and cached.signature == sig:
        return cached
    with _LOCK:
        cached = _INDEXES.get(election.pk)
        if cached is not None and cached.signature == sig:
            return cached
        built = _build(election, sig)
        _INDEXES[election.pk] = built
        return built


def view(election: Election | str | int) -> ElectionView:
    """The election's current index and parties, for several searches in a row (two queries in all)."""
    election = _election(election)
    return ElectionView(election, get_index(election))


def invalidate(election: Election | str | int | None = None) -> None:
    """Forget the cached index of ``election`` (of every election when ``None``); the next search rebuilds it."""
    with _LOCK:
        if election is None:
            _INDEXES.clear()
        else:
            _INDEXES.pop(_election(election).pk, None)


def resolve_party(election: Election, party: str | int | Party,
                  parties: Sequence[Party] | None = None) -> Party | None:
    """The election's party named ``party``: an id, or a name / short name / alias (case and accents ignored).
    ``parties``: the election's parties when already read (no query then)."""
    if isinstance(party, Party):
        return party if party.election_id == election.pk else None
    if parties is None:
        parties = list(Party.objects.filter(election=election))
    if isinstance(party, int) or str(party).strip().isdigit():
        by_id = [p for p in parties if p.pk == int(party)]
        if by_id:
            return by_id[0]
    wanted = fold(str(party)).strip()
    for p in parties:
        if wanted in {fold(n) for n in p.all_names()}:
            return p
    return None


def search(
    election: Election | str | int,
    query: str,
    *,
    party: str | int | None = None,
    kind: str | None = None,
    language: str | None = None,
    k: int = 10,
    mode: str = "hybrid",
    view: ElectionView | None = None,
) -> list[SearchHit]:
    """The ``k`` passages of ``election`` that best answer ``query``, restricted to a party (id, name, short name
    or alias), a source kind and a passage language. An unknown party matches nothing (never other parties).
    ``view``: a :func:`view` of the election taken for several searches (then ``election`` is not read)."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
    election = view.election if view is not None else _election(election)
    party_obj = None
    if party is not None and str(party).strip():
        party_obj = resolve_party(election, party, view.parties if view is not None else None)
        if party_obj is None:
            return []
    current = view.index if view is not None else get_index(election)
    if len(current.index) == 0 or not query.strip():
        return []
    filters = {
        "party": str(party_obj.pk) if party_obj is not None else None,
        "kind": kind or None,
        "language": language or None,
    }
    vector = None
    if mode != "bm25" and current.index.dense is not None:
        # embed what the index matches: "What does X say about: Y?" is matched by "Y" under a party filter
        vector = embedder().embed([current.index.matching_text(query, filters)])[0]
    hits = current.index.search(query, query_vector=vector, filters=filters, k=k, mode=mode)
    wanted = {current.rows[h.position].party_id for h in hits if current.rows[h.position].party_id}
    if view is not None:
        parties = {p.pk: p for p in view.parties if p.pk in wanted}
    else:
        parties = {p.pk: p for p in Party.objects.filter(Q(pk__in=wanted))} if wanted else {}
    out = []
    for h in hits:
        row = current.rows[h.position]
        p = parties.get(row.party_id) if row.party_id else None
        out.append(
            SearchHit(
                passage_id=h.passage_id, score=h.score, bm25=h.bm25_score, dense=h.dense_score, rank=h.rank,
                source_id=row.source_id, source_title=row.source_title, party_id=row.party_id,
                party_name=p.name if p else None, party_short=(p.short_name or None) if p else None, kind=row.kind,
                page=row.page, section=row.section, start=row.start, end=row.end, text=row.text,
                language=row.language,
            )
        )
    return out
