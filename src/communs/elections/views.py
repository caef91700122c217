"""Election pages: home, list of elections, an election's page (key dates with their official sources, parties and
their programmes, official information), the glossary, and the source viewer opened at a cited passage."""

from __future__ import annotations

import re

from django.db.models import Count, Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from communs.core.text import fold
from communs.elections import glossary
from communs.elections.dates import date_rows
from communs.elections.models import Election, Passage, Source, SourceKind
from communs.elections.viewer import heading_spans, page_views

ASSISTANT_TEMPLATE = "elections/_assistant.html"


def _language() -> str:
    return (get_language() or "en").split("-")[0]


def home(request: HttpRequest) -> HttpResponse:
    elections = Election.objects.annotate(
        n_parties=Count("parties", distinct=True), n_sources=Count("sources", distinct=True)
    ).order_by("-created_at")[:10]
    return render(request, "elections/home.html", {"elections": elections, "nav": "home"})


def election_list(request: HttpRequest) -> HttpResponse:
    elections = Election.objects.annotate(
        n_parties=Count("parties", distinct=True), n_sources=Count("sources", distinct=True)
    ).order_by("-created_at")
    return render(request, "elections/list.html", {"elections": elections, "nav": "elections"})


def _ordered_sources(sources: list[Source], language: str) -> list[Source]:
    """The reader's language first, then the election's other languages, each group by title."""
    return sorted(sources, key=lambda s: (s.language != language, s.language, s.title))


def election_detail(request: HttpRequest, slug: str) -> HttpResponse:
    language = _language()
    source_fields = ("id", "title", "language", "kind", "party_id", "media_type", "origin", "election_id")
    election = get_object_or_404(
        Election.objects.prefetch_related(
            "parties",
            Prefetch("sources", queryset=Source.objects.only(*source_fields).annotate(n_passages=Count("passages"))),
        ),
        slug=slug,
    )
    sources = list(election.sources.all())
    parties = [
        (party, _ordered_sources([s for s in sources if s.party_id == party.pk and s.kind == SourceKind.PROGRAMME], language))
        for party in sorted(election.parties.all(), key=lambda p: (fold(p.name), p.pk))  # alphabetical, accents ignored
    ]
    official = _ordered_sources([s for s in sources if s.kind == SourceKind.OFFICIAL], language)
    listed = {s.pk for _, group in parties for s in group} | {s.pk for s in official}
    other = _ordered_sources([s for s in sources if s.pk not in listed], language)
    context = {
        "election": election,
        "dates": date_rows(election, language),
        "parties": parties,
        "official_sources": official,
        "other_sources": other,
        "n_passages": sum(getattr(s, "n_passages", 0) for s in sources),
        "assistant_template": ASSISTANT_TEMPLATE,
        "nav": "elections",
    }
    return render(request, "elections/election.html", context)


def glossary_page(request: HttpRequest, slug: str | None = None) -> HttpResponse:
    election = get_object_or_404(Election, slug=slug) if slug else None
    language = _language()
    others = [code for code in glossary.LANGUAGES if code != language]
    entries = [
        (item, [t for t in (glossary.term(item.key, code) for code in others) if t is not None])
        for item in glossary.terms(language)
    ]
    return render(request, "elections/glossary.html", {"election": election, "entries": entries, "nav": "elections"})


def _origin_key(source: Source) -> str:
    """The origin with its language token blanked: ``voter.fr.html`` and ``voter.de.html`` share ``voter.*.html``."""
    if not source.language:
        return source.origin
    return re.sub(rf"(?<=[._/-]){re.escape(source.language)}(?=[._-])", "*", source.origin)


def _other_languages(source: Source) -> list[Source]:
    """The same document in the election's other languages: same kind and party, and either the same origin up to
    its language token, or (for a party) the party's only source of that kind in that language."""
    candidates = list(
        Source.objects.filter(election_id=source.election_id, party_id=source.party_id, kind=source.kind)
        .exclude(pk=source.pk).exclude(language=source.language).exclude(language="")
        .only("id", "title", "language", "origin")
    )
    key = _origin_key(source)
    matched = {c.language: c for c in candidates if _origin_key(c) == key}
    if source.party_id is not None:
        by_language: dict[str, list[Source]] = {}
        for c in candidates:
            by_language.setdefault(c.language, []).append(c)
        for language, group in by_language.items():
            if len(group) == 1:
                matched.setdefault(language, group[0])
    return sorted(matched.values(), key=lambda s: s.language)


def source_view(request: HttpRequest, source_id: str) -> HttpResponse:
    source = get_object_or_404(Source.objects.select_related("election", "party"), pk=int(source_id))
    wanted = request.GET.get("passage", "").strip()
    passage = None
    if wanted:
        passage = Passage.objects.filter(pk=wanted[:64], source=source).first()
    span = (passage.start, passage.end) if passage else None
    headings = heading_spans(source.text, source.passages.values_list("start", "end", "section"))
    pages = page_views(source.text, source.pages or [], span, headings)
    if passage is not None and not any(p.has_mark for p in pages):
        passage = None  # the stored span no longer fits the text: show the document without a highlight
    context = {
        "source": source,
        "election": source.election,
        "pages": pages,
        "numbered": bool(source.pages),
        "passage": passage,
        "passage_missing": bool(wanted) and passage is None,
        "other_languages": _other_languages(source),
        "origin_is_url": source.origin.startswith(("https://", "http://")),
        "nav": "elections",
    }
    return render(request, "elections/source.html", context)
