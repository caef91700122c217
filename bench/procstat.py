"""CPU time of a server process tree, read from /proc (Linux): the server's cost per request whatever else the
shared machine runs."""

from __future__ import annotations

import os
from pathlib import Path


def cpu_seconds(root_pid: int) -> float:
    """User + system CPU seconds of ``root_pid`` and its direct children (e.g. gunicorn's master and workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == root_pid or ppid == root_pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total
