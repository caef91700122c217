"""Running the platform: migrate, serve, create an admin."""

from __future__ import annotations

import os
import sys

import typer

from communs.cli._common import setup_django


def migrate() -> None:
    """Create or update the database schema."""
    setup_django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    typer.echo("database ready")


def gunicorn_command(host: str = "127.0.0.1", port: int = 8000, *, workers: int = 2, threads: int = 4,
                     keep_alive: int = 0, access_log: bool = True) -> list[str]:
    """The gunicorn command line of ``communs serve`` (the benchmarks serve with the same one)."""
    args = [
        sys.executable, "-m", "gunicorn", "communs.platform.wsgi:application",
        "--bind", f"{host}:{port}", "--workers", str(workers), "--threads", str(threads), "--timeout", "120",
        "--keep-alive", str(max(0, keep_alive)),
    ]
    if access_log:
        args += ["--access-logfile", "-"]
    return args


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind."),
    port: int = typer.Option(8000, help="Port to bind."),
    workers: int = typer.Option(2, help="gunicorn worker processes (one per core; see the operator guide)."),
    threads: int = typer.Option(4, help="Threads per worker (concurrent votes of a worker share one durable commit)."),
    access_log: bool = typer.Option(True, "--access-log/--no-access-log",
                                    help="Log every request on standard output (a line per request)."),
    keep_alive: int = typer.Option(0, help="Seconds a client connection stays open between requests (0: one "
                                           "request per connection, which spreads requests over the workers)."),
) -> None:
    """Serve the site with gunicorn (the production server) on HOST:PORT.

    Defaults chosen by measurement on 2 cores (bench votes): 2 workers x 4 threads acknowledged the most votes per
    server CPU second (2x8, 4x2, 3x4 and 2x2 cost 6-31 % more CPU per vote; see the operator guide). No keep-alive by
    default: a kept-alive connection stays with the worker that accepted it, and a few busy clients (a proxy, a load
    generator) could all land on one worker while the other idles (bench assistant; see the operator guide)."""
    setup_django()
    args = gunicorn_command(host, port, workers=workers, threads=threads, keep_alive=keep_alive, access_log=access_log)
    typer.echo(f"communs: serving on http://{host}:{port}/", err=True)
    os.execv(sys.executable, args)


def manage(args: list[str] = typer.Argument(None, help="Arguments for Django's manage.py.")) -> None:
    """Run a Django management command (createsuperuser, shell, makemigrations...)."""
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["communs manage", *(args or [])])


def register(app: typer.Typer) -> None:
    app.command()(migrate)
    app.command()(serve)
    app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})(manage)
