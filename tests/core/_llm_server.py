"""Start the scripted OpenAI-compatible server as a real process for a test module."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def scripted_server(directory: Path, rules: list[dict[str, object]]) -> Iterator[tuple[str, Path]]:
    """Yield (base URL, request log path) of a running ``communs.core.llm.scripted_server`` process."""
    script = directory / "script.jsonl"
    script.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rules) + "\n", encoding="utf-8")
    port_file = directory / "port"
    log = directory / "requests.jsonl"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "communs.core.llm.scripted_server",
            "--script",
            str(script),
            "--port",
            "0",
            "--port-file",
            str(port_file),
            "--log",
            str(log),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 20
        while not port_file.exists():
            if process.poll() is not None:
                raise RuntimeError(
                    f"scripted server exited: {process.stderr.read().decode() if process.stderr else ''}"
                )
            if time.monotonic() > deadline:
                raise RuntimeError("scripted server did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port_file.read_text().strip()}", log
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()
