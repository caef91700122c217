"""``communs serve``: the real gunicorn server on a fresh database answers pages and the API over HTTP, one request
per connection (no keep-alive: a kept-alive connection would stay with the worker that accepted it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from bench.serving import free_port, stop, wait_for_port

from communs.cli.server import gunicorn_command

ROOT = Path(__file__).resolve().parents[2]
COMMUNS = Path(sys.executable).parent / "communs"


def test_the_command_line_turns_keep_alive_off_by_default() -> None:
    args = gunicorn_command(port=8123, workers=3, threads=2, access_log=False)
    assert args[args.index("--keep-alive") + 1] == "0"
    assert args[args.index("--workers") + 1] == "3" and args[args.index("--threads") + 1] == "2"
    assert "--access-logfile" not in args and "127.0.0.1:8123" in args
    negative = gunicorn_command(keep_alive=-5)
    assert negative[negative.index("--keep-alive") + 1] == "0"


@pytest.mark.skipif(not COMMUNS.exists(), reason="the communs console script is not installed in this environment")
def test_serve_answers_pages_and_the_api_over_http(tmp_path: Path) -> None:
    env = {**os.environ, "COMMUNS_VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "communs.platform.settings",
           "COMMUNS_LLM_BASE_URL": "", "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    subprocess.run([str(COMMUNS), "migrate"], env=env, check=True, capture_output=True, cwd=ROOT)
    port = free_port()
    server = subprocess.Popen([str(COMMUNS), "serve", "--port", str(port), "--workers", "1", "--threads", "2",
                               "--no-access-log"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        wait_for_port(port, server)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            page = client.get("/", headers={"Accept-Language": "de"})
            assert page.status_code == 200 and "text/html" in page.headers["content-type"]
            assert page.headers.get("connection", "").lower() == "close"
            missing = client.post("/api/elections/no-such-election/ask", json={"question": "Wann ist die Wahl?"})
            assert missing.status_code == 404 and missing.headers["content-type"].startswith("application/json")
            assert missing.headers.get("connection", "").lower() == "close"
    finally:
        stop(server, timeout=15)
