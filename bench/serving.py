"""Helpers for the benchmarks that run a real server or the platform on a temporary var dir (votes, assistant,
procedures): the environment and ``communs`` commands of that var dir, a free loopback port, waiting until the
server accepts connections, stopping it, and the CPU time of its process tree read from /proc (Linux) - the server's cost per
request whatever else the shared machine runs."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def var_env(var: Path) -> dict[str, str]:
    """The environment of a command run on the temporary var dir ``var`` (its own SQLite database, no LLM)."""
    env = dict(os.environ)
    env.update({"COMMUNS_VAR_DIR": str(var), "DJANGO_SETTINGS_MODULE": "communs.platform.settings",
                "COMMUNS_LOG_LEVEL": "ERROR", "COMMUNS_LLM_BASE_URL": "", "PYTHONPATH": str(ROOT)})
    env.pop("DATABASE_URL", None)
    return env


def run_communs(var: Path, *args: str) -> None:
    """``communs ARGS`` on the temporary var dir ``var``."""
    subprocess.run([str(Path(PYTHON).parent / "communs"), *args], env=var_env(var), check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 60.0) -> None:  # type: ignore[type-arg]
    """Return once ``process`` accepts connections on ``port``; raise if it exits or does not within ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server exited during start-up")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the server did not start")


def stop(process: subprocess.Popen, timeout: float = 10.0) -> None:  # type: ignore[type-arg]
    """Terminate ``process`` (a server) and wait for it; kill it if it does not exit within ``timeout``."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def process_cpu_seconds(root_pid: int) -> dict[int, float]:
    """User + system CPU seconds of ``root_pid`` and of each of its direct children (e.g. gunicorn's master and
    workers), by process id."""
    tick = os.sysconf("SC_CLK_TCK")
    found: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == root_pid or ppid == root_pid:
            found[pid] = (int(fields[11]) + int(fields[12])) / tick
    return found


def cpu_seconds(root_pid: int) -> float:
    """User + system CPU seconds of ``root_pid`` and its direct children (e.g. gunicorn's master and workers)."""
    return sum(process_cpu_seconds(root_pid).values())
