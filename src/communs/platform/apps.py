from __future__ import annotations

from django.apps import AppConfig


class PlatformConfig(AppConfig):
    """The platform itself (settings, middleware, URLs): registers its system checks."""

    name = "communs.platform"
    label = "communs_platform"

    def ready(self) -> None:
        from communs.platform import checks  # noqa: F401  (registers the checks)
