"""Middleware of the platform: a lean path for the JSON API, and the vote fast path.

``PageMiddleware`` runs the middleware that only pages need — language negotiation (``LocaleMiddleware``),
``CommonMiddleware`` (slash redirects), messages, and the clickjacking header — for every path except the JSON API
(``/api/``). The JSON API renders no template, no message and no translated text (its texts are data in the
answer's or the error's own language), and a JSON response is never framed, so those four cost CPU for nothing on
every API request (measured ~0.35 ms of ~2.4 ms per vote); API responses still get ``X-Frame-Options``
(``DENY``; one header set here, no middleware: an API answer is never meant to be framed, as OWASP's REST security
headers recommend). The middleware that matters for security runs for everything, the API included, before this one: ``SecurityMiddleware`` (nosniff, referrer policy, HSTS/SSL
redirect when configured), sessions, CSRF and authentication.

``VoteFastPathMiddleware`` answers ``POST /api/consultations/<slug>/votes`` — the hottest write of the platform —
without URL resolution and django-ninja's per-request machinery, with the very same checks and answers: the
session cookie is required and the CSRF token checked (django-ninja's own ``check_csrf``), the body must be the
documented JSON object, and the vote itself is ``communs.api.consultations.cast_vote``, which the django-ninja
operation also calls. Any request it is not sure about (no session cookie, CSRF failure, a body that is not
exactly ``{"contribution_id": <int>, "value": <int or str>}``, an unknown consultation) goes on down the
ordinary chain to the django-ninja operation, which answers it (401, 403, 422, 404) as before. The operation stays
the documented one (OpenAPI at /api/docs).

Order in ``MIDDLEWARE``: both after ``AuthenticationMiddleware``; ``VoteFastPathMiddleware`` before
``PageMiddleware`` (see settings)."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.conf import settings
from django.core.handlers.exception import convert_exception_to_response
from django.http import HttpRequest, HttpResponse
from django.utils.module_loading import import_string

API_PREFIX = "/api/"  # where platform/urls.py mounts the django-ninja API
PAGE_MIDDLEWARE = (
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
)
VOTE_PATH = re.compile(r"^/api/consultations/(?P<slug>[^/]+)/votes$")

Handler = Callable[[HttpRequest], HttpResponse]


def api_headers(response: HttpResponse) -> HttpResponse:
    """The headers every JSON API response carries that the page middleware would otherwise add."""
    if "X-Frame-Options" not in response:
        response["X-Frame-Options"] = str(getattr(settings, "X_FRAME_OPTIONS", "DENY")).upper()
    return response


class PageMiddleware:
    """Runs ``PAGE_MIDDLEWARE`` (in that order) for pages; the JSON API goes straight to the view.

    Those middleware only have ``process_request`` / ``process_response`` hooks (no ``process_view``,
    ``process_exception`` or ``process_template_response``), so chaining them here behaves as listing them in
    ``MIDDLEWARE`` at this place."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response
        chain: Handler = get_response
        for path in reversed(PAGE_MIDDLEWARE):
            chain = convert_exception_to_response(import_string(path)(chain))
        self.pages = chain

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith(API_PREFIX):
            return api_headers(self.get_response(request))
        return self.pages(request)


class VoteFastPathMiddleware:
    """``POST /api/consultations/<slug>/votes`` straight to ``cast_vote`` (see the module docstring)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST":
            match = VOTE_PATH.match(request.path_info)
            if match is not None:
                from communs.api.consultations import fast_vote

                response = fast_vote(request, match["slug"])
                if response is not None:
                    return api_headers(response)
        return self.get_response(request)
