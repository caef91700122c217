"""The ``communs`` command: a thin CLI over the core and the Django apps.

Every module of this package that defines ``register(app: typer.Typer)`` adds its commands; modules are found
automatically, so each command group lives in a module named for what it owns (``sources.py``, ``polis.py``...).
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(
    name="communs",
    help="communs: neutral voter assistant, consultations with synthesis, and democratic-bias audits.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _register_all() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_all()


def main() -> None:
    app()
