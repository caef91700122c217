"""A stored answer as readers see it (page, JSON API, CLI): sections of cited sentences whose markers [n] link to the
source viewer at the passage, the citation list, the order disclosure, a refusal's neutral alternative and the
glossary terms the answer uses. Templates only loop over these values, so everything is escaped by Django."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse

from communs.assistant.models import AnswerRecord
from communs.elections import glossary
from communs.elections.viewer import passage_url


@dataclass(frozen=True)
class CitationView:
    n: int
    url: str
    passage_id: str
    source_id: str
    party: str | None
    source_title: str
    page: int | None
    quote: str


@dataclass(frozen=True)
class SentenceView:
    text: str
    marks: tuple[tuple[int, str], ...]  # (n, viewer URL)


@dataclass(frozen=True)
class SectionView:
    heading: str
    show_heading: bool
    party_id: str | None
    found: bool
    note: str
    sentences: tuple[SentenceView, ...]


@dataclass
class AnswerView:
    record: AnswerRecord
    intro: str
    sections: list[SectionView]
    citations: list[CitationView]
    disclosure: str | None
    alternative: str | None
    alternative_link: str | None
    terms: list[glossary.Term] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)  # refusals and abstentions: the plain text

    @property
    def refused(self) -> bool:
        return self.record.decision != "answer"

    @property
    def comparison(self) -> bool:
        return self.record.kind == "comparison"


def citation_url(citation: dict[str, Any]) -> str:
    source_id = str(citation.get("source_id") or "")
    if not source_id.isdigit():
        return ""
    return passage_url(int(source_id), citation.get("passage_id") or None)


def citation_views(record: AnswerRecord) -> list[CitationView]:
    return [
        CitationView(
            n=int(c["n"]), url=citation_url(c), passage_id=str(c.get("passage_id", "")),
            source_id=str(c.get("source_id", "")), party=c.get("party"), source_title=str(c.get("source_title", "")),
            page=c.get("page"), quote=str(c.get("quote", "")),
        )
        for c in record.citations or []
    ]


def answer_view(record: AnswerRecord) -> AnswerView:
    presentation = (record.bundle or {}).get("presentation") or {}
    citations = citation_views(record)
    urls = {c.n: c.url for c in citations}
    lines = [line for line in record.text.split("\n") if line.strip()]
    intro = lines[0] if lines else ""
    disclosure = presentation.get("disclosure")
    sections = []
    for raw in presentation.get("sections") or []:
        sentences = tuple(
            SentenceView(str(s["text"]), tuple((int(n), urls.get(int(n), "")) for n in s.get("citations", [])))
            for s in raw.get("sentences", [])
        )
        heading = str(raw.get("heading", ""))
        sections.append(
            SectionView(
                heading=heading, show_heading=heading.strip() != intro.strip(), party_id=raw.get("party_id"),
                found=bool(raw.get("found", True)), note=str(raw.get("note", "")), sentences=sentences,
            )
        )
    paragraphs: list[str] = []
    if not sections or record.decision != "answer":
        sections, intro = [], ""
        paragraphs = [line for line in lines if line != presentation.get("alternative")]
    return AnswerView(
        record=record, intro=intro, sections=sections, citations=citations, disclosure=disclosure,
        alternative=presentation.get("alternative"), alternative_link=presentation.get("alternative_link"),
        terms=glossary.find_terms(record.text, record.language), paragraphs=paragraphs,
    )


def report_url(record: AnswerRecord) -> str:
    return reverse("assistant:report", args=[record.election.slug, record.pk])


def glossary_url(record: AnswerRecord, term: glossary.Term) -> str:
    return f"{reverse('elections:election_glossary', args=[record.election.slug])}#{term.anchor}"


def api_payload(record: AnswerRecord) -> dict[str, Any]:
    """The JSON answer of the API and the CLI (``decision, category, language, text, citations[...]`` and more)."""
    view = answer_view(record)
    presentation = (record.bundle or {}).get("presentation") or {}
    return {
        "answer_id": record.pk,
        "question": record.question,
        "decision": record.decision,
        "category": record.category or None,
        "language": record.language,
        "kind": record.kind,
        "composer": record.composer,
        "text": record.text,
        "citations": [
            {"n": c.n, "passage_id": c.passage_id, "source_id": c.source_id, "party": c.party, "page": c.page,
             "quote": c.quote, "source_title": c.source_title, "url": c.url}
            for c in view.citations
        ],
        "sections": presentation.get("sections") or [],
        "disclosure": view.disclosure,
        "parties_order": presentation.get("parties_order"),
        "alternative": view.alternative,
        "alternative_link": view.alternative_link,
        "glossary": [
            {"key": t.key, "term": t.term, "definition": t.definition, "url": glossary_url(record, t)} for t in view.terms
        ],
        "report_url": f"/api/elections/{record.election.slug}/answers/{record.pk}/report",
        "policy_version": (record.bundle or {}).get("policy_version"),
        "latency_ms": record.latency_ms,
    }
