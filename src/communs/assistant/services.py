"""Asking the assistant about one election: the core pipeline (``communs.core.answers.answer_question``) wired to the
election's parties, its search index, its key dates, the configured LLM backend and the neutral refusal links; every
answer is stored as an ``AnswerRecord`` with its reproducibility bundle.

    answer, record = ask(election, "Que propose l'AVS sur le logement ?", channel="page")

Settings read (all optional): ``COMMUNS_LLM_BASE_URL``, ``COMMUNS_LLM_MODEL``, ``COMMUNS_LLM_API_KEY``,
``COMMUNS_LLM_TIMEOUT`` (an OpenAI-compatible chat backend; none = extractive answers only),
``COMMUNS_EMBEDDER_THREADS`` (BLAS threads of the classifier's embedders; its USE encoder is the search index's),
``COMMUNS_ASSISTANT_SEARCH_MODE`` (``bm25``, default: the classifier already embeds the question once and each
hybrid search call would embed it again; or ``hybrid``), ``COMMUNS_ASSISTANT_MAX_QUESTION`` (1000). When the first
search finds nothing relevant, the question is asked again with hybrid search and the sentence-embedding relevance
bar before the assistant abstains (a question in another language than the sources, or in other words).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from communs.assistant.models import AnswerRecord, Channel
from communs.assistant.retrieval import make_retrieve
from communs.assistant.when import date_answer
from communs.consultations.groupcommit import run_write
from communs.core.answers import Answer, AnswerOptions, ComposeOptions, PartyRef, answer_question
from communs.core.answers.analyse import analyse
from communs.core.llm.factory import get_chat_backend
from communs.core.llm.types import ChatBackend
from communs.elections import search_index
from communs.elections.models import Election

MAX_QUESTION_DEFAULT = 1000
COMPARE_TEMPLATES = {
    "fr": "Que dit chaque parti sur le thème : {topic} ?",
    "de": "Was sagt jede Partei zum Thema: {topic}?",
    "en": "What does each party say about {topic}?",
}


class QuestionError(ValueError):
    """The question cannot be asked (empty, too long); the message says why, in plain words."""


def max_question_chars() -> int:
    return int(getattr(settings, "COMMUNS_ASSISTANT_MAX_QUESTION", MAX_QUESTION_DEFAULT))


def clean_question(question: str | None) -> str:
    text = " ".join((question or "").split())
    if not text:
        raise QuestionError("the question is empty")
    limit = max_question_chars()
    if len(text) > limit:
        raise QuestionError(f"the question is too long ({len(text)} characters; at most {limit})")
    return text


def party_refs(election: Election) -> list[PartyRef]:
    return [
        PartyRef(str(p.pk), p.name, p.short_name, tuple(a for a in (p.aliases or []) if isinstance(a, str)))
        for p in sorted(election.parties.all(), key=lambda p: p.pk)
    ]


@functools.lru_cache(maxsize=4)
def _backend(base_url: str, model: str, api_key: str, timeout: float) -> ChatBackend | None:
    return get_chat_backend(base_url or None, model=model or None, api_key=api_key or None, timeout=timeout)


@functools.lru_cache(maxsize=4)
def _classifier(threads: int) -> Any:
    from communs.core.neutrality.classifier import Classifier
    from communs.core.neutrality.model import LinearModel
    from communs.core.search.embeddings import get_embedder

    model = LinearModel.load()
    return Classifier(model, embedder=get_embedder(model.embedder, threads=threads))


def neutrality_classify(question: str, *, language: str | None = None, names: Sequence[str] = ()) -> Any:
    """The shipped neutrality classifier with its embedders at ``COMMUNS_EMBEDDER_THREADS`` threads: its USE encoder
    is the same instance (and cache of embedded texts) as the search index's, and one thread per server worker by default
    (two threads per worker on two cores made a question's embedding ~70x dearer in CPU on a busy machine:
    measured 2 ms vs 139 ms per question at load average 8, OpenBLAS threads waiting on each other)."""
    return _shared_classifier().classify(question, language=language, names=names)


def _shared_classifier() -> Any:
    return _classifier(int(getattr(settings, "COMMUNS_EMBEDDER_THREADS", 1)))


def configured_llm() -> ChatBackend | None:
    """The chat backend set in settings, or None (extractive answers only). The API key is never logged."""
    return _backend(
        str(getattr(settings, "COMMUNS_LLM_BASE_URL", "") or ""),
        str(getattr(settings, "COMMUNS_LLM_MODEL", "") or ""),
        str(getattr(settings, "COMMUNS_LLM_API_KEY", "") or ""),
        float(getattr(settings, "COMMUNS_LLM_TIMEOUT", 30.0) or 30.0),
    )


def compare_url(election: Election, topic: str | None = None) -> str:
    url = reverse("assistant:compare", args=[election.slug])
    return f"{url}?{urlencode({'topic': topic})}" if topic else url


def refusal_links(election: Election, topic: str | None) -> dict[str, str]:
    page = election.get_absolute_url()
    return {
        "comparison": compare_url(election, topic),
        "programme": f"{page}#parties-title",
        "official_results": f"{page}#official-title",
        "official_information": f"{page}#official-title",
        "capabilities": f"{page}#assistant-title",
    }


def _refusal_for(election: Election) -> Any:
    from communs.core.neutrality import refusal

    def with_links(decision: Any, *, language: str | None = None, topic: str | None = None) -> Any:
        return refusal(decision, language=language, topic=topic, links=refusal_links(election, topic))

    return with_links


def _language(requested: str | None, election: Election) -> str:
    code = (requested or "").split("-")[0].lower()
    allowed = election.language_list or ["fr", "de", "en"]
    if code in allowed:
        return code
    return allowed[0] if allowed[0] in {"fr", "de", "en"} else "en"


def answer(
    election: Election,
    question: str,
    *,
    language: str | None = None,
    llm: ChatBackend | None = None,
    use_llm: bool = True,
) -> Answer:
    """The answer to ``question`` (not stored). ``language`` is the reader's language, used when the question's own
    language cannot be told; ``llm`` overrides the configured backend; ``use_llm=False`` forces extractive."""
    question = clean_question(question)
    parties = party_refs(election)
    default = _language(language, election)
    analysis = analyse(question, parties, default_language=default)
    mode = str(getattr(settings, "COMMUNS_ASSISTANT_SEARCH_MODE", "bm25"))
    backend = (llm or configured_llm()) if use_llm else None

    def run(search_mode: str, embedder: Any = None) -> Answer:
        return answer_question(
            question,
            parties=parties,
            retrieve=make_retrieve(election, analysis.language, mode=search_mode),
            election_id=str(election.pk),
            refusal=_refusal_for(election),
            classify=neutrality_classify,
            llm=backend,
            embedder=embedder,
            options=AnswerOptions(default_language=default,
                                  compose=ComposeOptions(context_words=tuple(election.name.split()))),
            analysis=analysis,
        )

    result = run(mode)
    if result.decision == "answer" and _found_nothing(result, analysis.language not in election.language_list):
        # Nothing passed the lexical relevance bar: the question may share no word with the passage that answers it
        # (another language, other words: "EU citizen" / "Staatsangehörigkeit eines Mitgliedstaats"). Ask again
        # with hybrid search and the sentence-embedding relevance bar before abstaining.
        second = run("hybrid", search_index.embedder())
        if _found_count(second) >= _found_count(result):  # a comparison keeps the pass that found more parties
            result = second
            result.bundle["retrieval"] = "semantic fallback (hybrid search, embedding relevance)"
    if "retrieval" not in result.bundle:
        result.bundle["retrieval"] = f"{mode} search, lexical relevance"
    if result.decision == "answer" and _asks_dates(result):
        _use_key_dates(result, question, election)
    return result


def _found_nothing(result: Answer, foreign: bool = False) -> bool:
    """An abstention, or a comparison in which no party's programme had anything on the topic - or, for a question
    in a language the election's sources are not written in (``foreign``), in which some party's had nothing."""
    if result.composer == "abstain":
        return True
    found = [s.found for s in result.sections]
    return bool(found) and (not any(found) or (foreign and not all(found)))


def _found_count(result: Answer) -> int:
    """How many parts of the answer found something: sections with a passage, or 1 for a non-abstaining answer."""
    if result.sections:
        return sum(s.found for s in result.sections)
    return int(result.composer != "abstain")


def _asks_dates(result: Answer) -> bool:
    """A "when" question: analysed as dates, or as procedure / electoral system with a dates cue ("until when can I
    register?", "when is the first round?")."""
    cues = (result.bundle.get("analysis") or {}).get("cues") or []
    official = {"procedure", "electoral_system"}
    return result.kind == "dates" or (result.kind in official and any(str(c).startswith("dates:") for c in cues))


def _use_key_dates(result: Answer, question: str, election: Election) -> None:
    """Answer a "when" question from the election's key dates, each cited by its official passage."""
    dated = date_answer(question, election, result.language)
    if dated is None:
        return
    result.text = dated.text
    result.citations = dated.citations
    result.sections = dated.sections
    result.composer = "extractive"
    bundle = result.bundle
    bundle["structure"] = "dates"
    bundle["composer"] = "extractive"
    bundle["dates"] = [
        {"kind": r.date.kind, "date": r.date.date.isoformat(), "passage_id": r.passage.pk if r.passage else None}
        for r in dated.rows
    ]
    cited = {c.passage_id for c in dated.citations}
    known = {p["id"] for p in bundle.get("passages", [])}
    for p in bundle.get("passages", []):
        p["cited"] = p["id"] in cited
    for row in dated.rows:
        if row.passage is not None and row.passage.pk not in known:
            known.add(row.passage.pk)
            bundle.setdefault("passages", []).append(
                {"id": row.passage.pk, "text_hash": row.passage.text_hash, "source_id": str(row.source.pk if row.source else ""),
                 "party_id": None, "kind": "official", "score": None, "rank": None, "cited": True, "from": "key_dates"}
            )
    bundle["cited_passages"] = sorted(cited)


_RECORD_FIELDS = [f for f in AnswerRecord._meta.concrete_fields if not f.primary_key]


def _insert(record: AnswerRecord) -> int:
    """One parameterised INSERT of ``record`` (values adapted by the model's own fields); returns its id."""
    ops = connection.ops
    columns = ", ".join(ops.quote_name(f.column) for f in _RECORD_FIELDS)
    values = [f.get_db_prep_save(getattr(record, f.attname), connection) for f in _RECORD_FIELDS]
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {ops.quote_name(AnswerRecord._meta.db_table)} ({columns}) "
            f"VALUES ({', '.join(['%s'] * len(values))}) RETURNING {ops.quote_name(AnswerRecord._meta.pk.column)}",
            values,
        )
        return int(cursor.fetchone()[0])


def store(
    election: Election, result: Answer, *, question: str, channel: str, latency_ms: float,
    extra_bundle: dict[str, Any] | None = None,
) -> AnswerRecord:
    """Store the answer with its bundle: one INSERT, committed (durably) before it returns. On SQLite, answers
    stored at the same time by the threads of a server process share one COMMIT (``consultations.groupcommit``:
    one fsync for the batch instead of one per answer, and no writer waiting in SQLite's busy loop); inside a
    caller's transaction the INSERT simply joins it."""
    presentation = {
        k: v for k, v in result.to_json().items()
        if k in {"sections", "disclosure", "alternative", "alternative_kind", "alternative_link", "parties_order"}
    }
    bundle = dict(result.bundle)
    bundle["presentation"] = presentation
    if extra_bundle:
        bundle.update(extra_bundle)
    record = AnswerRecord(
        election=election, question=question, language=result.language, decision=result.decision,
        category=result.category or "", kind=result.kind or "", text=result.text,
        citations=[c.to_json() for c in result.citations], composer=result.composer, bundle=bundle,
        channel=channel, latency_ms=round(latency_ms, 3), created_at=timezone.now(),
    )
    if connection.in_atomic_block:
        record.pk = _insert(record)
    else:
        record.pk = run_write(lambda: _insert(record))
    record._state.adding = False
    record._state.db = connection.alias
    return record


def ask(
    election: Election,
    question: str,
    *,
    language: str | None = None,
    llm: ChatBackend | None = None,
    use_llm: bool = True,
    store_answer: bool = True,
    channel: str = Channel.API,
) -> tuple[Answer, AnswerRecord | None]:
    """Answer ``question`` and store the answer with its bundle (unless ``store_answer`` is False)."""
    started = time.perf_counter()
    cleaned = clean_question(question)
    result = answer(election, cleaned, language=language, llm=llm, use_llm=use_llm)
    latency = (time.perf_counter() - started) * 1000
    record = store(election, result, question=cleaned, channel=channel, latency_ms=latency) if store_answer else None
    return result, record


def comparison_question(topic: str, language: str) -> str:
    return COMPARE_TEMPLATES.get(language, COMPARE_TEMPLATES["en"]).format(topic=" ".join(topic.split()))


def compare(
    election: Election, topic: str, *, language: str | None = None, channel: str = Channel.PAGE
) -> tuple[Answer, AnswerRecord | None]:
    """What each party's programme says on ``topic``: a comparison question in the reader's language."""
    lang = _language(language, election)
    cleaned = clean_question(topic)
    return ask(election, comparison_question(cleaned, lang), language=lang, use_llm=False, channel=channel)


def recent(election: Election, ids: Sequence[int]) -> list[AnswerRecord]:
    """Stored answers of ``election`` by id, in the order of ``ids`` (a conversation)."""
    rows = {r.pk: r for r in AnswerRecord.objects.filter(election=election, pk__in=list(ids)).select_related("election")}
    return [rows[i] for i in ids if i in rows]
