"""A real OpenAI-compatible HTTP server that answers from a script — the stand-in for a networked LLM in tests.

    python -m communs.core.llm.scripted_server --script FILE.jsonl [--host 127.0.0.1] [--port 0] [--port-file F]
                                               [--log REQUESTS.jsonl]

Each line of the script is one rule, tried in order against the last user message of a request:

    {"match": "Tempolimit", "reply": "Die SPD ... [1]."}          substring, case-insensitive
    {"regex": "vote\\s+by\\s+post", "reply": "..."}               Python regular expression (search, IGNORECASE)
    {"match": "x", "sequence": ["first reply", "second reply"]}   successive replies (the last one repeats)
    {"match": "x", "status": 500, "reply": "boom"}                an HTTP error
    {"match": "x", "delay": 5, "reply": "late"}                   answer after a delay (client timeouts)
    {"reply": "fallback"}                                         no match key: matches every request

The first rule that matches answers. A request without a matching rule gets HTTP 422. Requests with
``"stream": true`` are answered with server-sent events (one chunk per word), so streaming clients and time to first
token can be tested. ``/v1/models`` lists the model ``scripted``. With ``--log``, each request's JSON body is
appended to that file (headers are not logged, so an API key never lands there; only ``"auth": true|false``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MODEL_ID = "scripted"


class Script:
    """The rules of a script file and the per-rule position in each ``sequence``."""

    def __init__(self, rules: list[dict[str, Any]]) -> None:
        self.rules = rules
        self._positions = [0] * len(rules)
        self._lock = threading.Lock()
        self._compiled = [
            re.compile(r["regex"], re.IGNORECASE | re.DOTALL) if "regex" in r else None for r in rules
        ]

    @classmethod
    def load(cls, path: str | Path) -> Script:
        rules = []
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rule = json.loads(line)
            if not isinstance(rule, dict) or not ({"reply", "sequence"} & rule.keys()):
                raise ValueError(f"{path}:{number}: a rule needs 'reply' or 'sequence'")
            rules.append(rule)
        return cls(rules)

    def answer(self, prompt: str) -> dict[str, Any] | None:
        for index, rule in enumerate(self.rules):
            pattern = self._compiled[index]
            if pattern is not None:
                if not pattern.search(prompt):
                    continue
            elif "match" in rule and str(rule["match"]).casefold() not in prompt.casefold():
                continue
            reply = rule.get("reply", "")
            if "sequence" in rule:
                with self._lock:
                    seq = rule["sequence"]
                    reply = seq[min(self._positions[index], len(seq) - 1)]
                    self._positions[index] += 1
            return {
                "reply": str(reply),
                "status": int(rule.get("status", 200)),
                "delay": float(rule.get("delay", 0)),
            }
        return None


def _last_user_message(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            return str(message.get("content") or "")
    return ""


def make_handler(script: Script, log_path: Path | None) -> type[BaseHTTPRequestHandler]:
    log_lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
            return  # quiet: tests read --log instead

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            body = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - stdlib name
            if self.path.rstrip("/") in {"/v1/models", "/models"}:
                self._json(
                    200,
                    {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "owned_by": "communs"}]},
                )
            else:
                self._json(404, {"error": {"message": f"no route {self.path}"}})

        def do_POST(self) -> None:  # noqa: N802 - stdlib name
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if self.path.rstrip("/") not in {"/v1/chat/completions", "/chat/completions"}:
                self._json(404, {"error": {"message": f"no route {self.path}"}})
                return
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                self._json(400, {"error": {"message": "invalid JSON"}})
                return
            if log_path is not None:
                entry = {"body": body, "auth": bool(self.headers.get("Authorization"))}
                with log_lock, log_path.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
            rule = script.answer(_last_user_message(body))
            if rule is None:
                self._json(422, {"error": {"message": "no script rule matches the last user message"}})
                return
            if rule["delay"]:
                time.sleep(rule["delay"])
            if rule["status"] >= 400:
                self._json(rule["status"], {"error": {"message": rule["reply"]}})
                return
            if body.get("stream"):
                self._stream(rule["reply"])
                return
            text = rule["reply"]
            self._json(
                200,
                {
                    "id": "chatcmpl-scripted",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": MODEL_ID,
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": text},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {
                        "prompt_tokens": 0,
                        "completion_tokens": len(text.split()),
                        "total_tokens": len(text.split()),
                    },
                },
            )

        def _stream(self, text: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            pieces = re.findall(r"\S+\s*|\s+", text) or [""]
            for piece in pieces:
                chunk = {
                    "id": "chatcmpl-scripted",
                    "object": "chat.completion.chunk",
                    "model": MODEL_ID,
                    "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
            self.close_connection = True

    return Handler


def serve(
    script: Script, host: str = "127.0.0.1", port: int = 0, log_path: Path | None = None
) -> ThreadingHTTPServer:
    """Bind a server (port 0 = any free port); the caller runs ``serve_forever``."""
    server = ThreadingHTTPServer((host, port), make_handler(script, log_path))
    server.daemon_threads = True
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m communs.core.llm.scripted_server", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--script", required=True, help="JSONL file of rules")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 = any free port")
    parser.add_argument("--port-file", help="write the bound port here once listening")
    parser.add_argument("--log", help="append each request body (JSON) to this file")
    args = parser.parse_args(argv)
    server = serve(Script.load(args.script), args.host, args.port, Path(args.log) if args.log else None)
    port = server.server_address[1]
    if args.port_file:
        tmp = Path(args.port_file + ".tmp")
        tmp.write_text(str(port), encoding="utf-8")
        tmp.replace(args.port_file)
    print(f"scripted OpenAI-compatible server on http://{args.host}:{port}", file=sys.stderr, flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
