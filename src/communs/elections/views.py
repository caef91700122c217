"""Election pages: the home page and the list of elections."""

from __future__ import annotations

from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from communs.elections.models import Election


def home(request: HttpRequest) -> HttpResponse:
    elections = Election.objects.annotate(n_parties=Count("parties", distinct=True)).order_by("-created_at")[:10]
    return render(request, "elections/home.html", {"elections": elections, "nav": "home"})


def election_list(request: HttpRequest) -> HttpResponse:
    elections = Election.objects.annotate(
        n_parties=Count("parties", distinct=True), n_sources=Count("sources", distinct=True)
    ).order_by("-created_at")
    return render(request, "elections/list.html", {"elections": elections, "nav": "elections"})
