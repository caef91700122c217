"""JSON API (django-ninja, OpenAPI at /api/docs). One module per resource in this package; each module that
defines ``router`` (a ninja.Router) and ``PREFIX`` (its path under /api/) is mounted automatically."""

from __future__ import annotations

import importlib
import pkgutil

from ninja import NinjaAPI

import communs

api = NinjaAPI(
    title="communs API",
    version=communs.__version__,
    description="Panoramic (neutral voter assistant), Dialogue (consultations) and Audit.",
    urls_namespace="api",
)


def _mount_routers() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        router = getattr(module, "router", None)
        if router is not None:
            api.add_router(getattr(module, "PREFIX", f"/{info.name}/"), router)


_mount_routers()
