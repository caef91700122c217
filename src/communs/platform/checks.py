"""System checks of the platform's own middleware arrangement.

Two of Django's checks look for a middleware in ``MIDDLEWARE``: the admin's ``MessageMiddleware`` (admin.E409) and,
with ``check --deploy``, the clickjacking header's ``XFrameOptionsMiddleware`` (security.W002). Here both run inside
``PageMiddleware`` (for every path except the JSON API, so for the admin and every page), which those checks cannot
see; they are silenced in settings and replaced by these, which fail the same way if the middleware stops running
for pages (``PageMiddleware`` missing from ``MIDDLEWARE``, or the middleware missing from its chain)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register

PAGE = "communs.platform.middleware.PageMiddleware"
MESSAGES = "django.contrib.messages.middleware.MessageMiddleware"
XFRAME = "django.middleware.clickjacking.XFrameOptionsMiddleware"


def _runs_for_pages(path: str) -> bool:
    from communs.platform.middleware import PAGE_MIDDLEWARE

    return path in settings.MIDDLEWARE or (PAGE in settings.MIDDLEWARE and path in PAGE_MIDDLEWARE)


@register()
def page_middleware_runs_messages(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    if _runs_for_pages(MESSAGES):
        return []
    return [Error(f"'{MESSAGES}' must run for pages (the admin uses it): list '{PAGE}' in MIDDLEWARE, or the "
                  "messages middleware itself.", id="communs.E001")]


@register(Tags.security, deploy=True)
def page_middleware_sets_x_frame_options(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    if _runs_for_pages(XFRAME):
        return []
    return [Warning(f"Pages are served without an X-Frame-Options header: list '{PAGE}' (or '{XFRAME}') in "
                    "MIDDLEWARE.", id="communs.W002")]
