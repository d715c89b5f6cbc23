"""When a stage may use another process, and how it starts one.

A child started by fork begins with everything its parent has loaded (the rules, the claims), so
nothing is copied to it; that is only safe from a process running a single thread.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading


def available_cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def fork_context():
    """The fork start method where the platform has it (Linux), else None."""
    if sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def default_workers(count: int, threshold: int) -> int:
    """Two processes for `count` items from `threshold` on, where a forked child can share them
    and a second CPU is free; else one."""
    if count < threshold or fork_context() is None or threading.active_count() != 1:
        return 1
    return min(2, available_cpus())


def chunked(items: list, size: int) -> list[list]:
    """`items` in consecutive lists of `size` (the last may be shorter): the tasks a pool of
    processes is given, each worth the cost of sending it."""
    return [items[start:start + size] for start in range(0, len(items), size)]
