"""Run one function over many inputs in worker processes, each call bounded in time.

A call that runs past the time limit, or whose process dies, is stopped by ending its worker
process; the function's own code needs no cooperation (a regex or a C library that never
returns is stopped all the same). Results come back as they finish, tagged with their index.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any


@dataclass(frozen=True)
class Stopped:
    """A call that did not return: `reason` is 'timeout' or 'died'."""

    reason: str
    seconds: float


def _serve(conn: Connection, fn: Callable[..., Any], extra: tuple, warm: Callable[[], Any] | None) -> None:
    """Worker loop: warm up, then receive batches of (index, item) and send (index, result) one by one."""
    gc.enable()  # whatever the parent paused
    if warm is not None:
        warm()
    while True:
        try:
            batch = conn.recv()
        except EOFError:
            return
        if batch is None:
            return
        for index, item in batch:
            conn.send((index, fn(item, *extra)))


@dataclass
class _Worker:
    process: Any
    conn: Connection
    batch: deque = field(default_factory=deque)
    since: float = 0.0


def _context() -> Any:
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


class Pool:
    """Worker processes that run `fn(item, *extra)`, started at once (each first runs `warm`, so they get
    ready while the caller does other work); `map` runs items through them, each call bounded in time."""

    def __init__(self, fn: Callable[..., Any], extra: tuple = (), workers: int = 2,
                 warm: Callable[[], Any] | None = None, eager: int | None = None) -> None:
        self.fn, self.extra, self.warm = fn, extra, warm
        self.ctx = _context()
        self.workers = max(1, workers)
        # `eager` workers start at once; the rest when `map` has items for them (a build that re-parses one
        # file does not pay for warming workers it will not use, on a machine whose cores the caller needs)
        self.pool = [self._start() for _ in range(min(self.workers, eager or self.workers))]

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=_serve, args=(child, self.fn, self.extra, self.warm), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def map(self, items: Sequence[Any], timeout: float | None = 30.0, batch: int = 16
            ) -> Iterator[tuple[int, Any]]:
        """Yield (index, result) as calls finish, or (index, Stopped) for a call stopped.

        `timeout` bounds each call (None: no bound). Items go out in small batches; when a call is
        stopped, the rest of its batch goes back to the queue and a fresh worker takes over.
        """
        queue = deque(enumerate(items))
        while len(self.pool) < min(self.workers, len(items)):
            self.pool.append(self._start())
        size = max(1, min(batch, len(items) // (len(self.pool) * 4) or 1))
        pool = self.pool

        def replace(worker: _Worker) -> int:
            """End a worker whose call did not return, put the rest of its batch back, start a fresh one;
            the index of that call."""
            index = worker.batch.popleft()[0]
            queue.extendleft(reversed(worker.batch))
            worker.batch.clear()
            worker.process.kill()
            worker.process.join()
            worker.conn.close()
            pool.remove(worker)
            pool.append(self._start())
            return index

        while queue or any(w.batch for w in pool):
            for worker in pool:
                if not worker.batch and queue:
                    worker.batch.extend(queue.popleft() for _ in range(min(size, len(queue))))
                    worker.since = time.monotonic()
                    worker.conn.send(list(worker.batch))
            busy = [w for w in pool if w.batch]
            left = min(w.since for w in busy) + timeout - time.monotonic() if timeout else None
            ready = wait([w.conn for w in busy], timeout=max(0.0, left) if left is not None else None)
            for worker in busy:
                if worker.conn in ready:
                    try:
                        index, result = worker.conn.recv()
                    except (EOFError, OSError):
                        died = Stopped("died", time.monotonic() - worker.since)
                        yield replace(worker), died
                        continue
                    worker.batch.popleft()
                    worker.since = time.monotonic()
                    yield index, result
                elif timeout and time.monotonic() - worker.since > timeout:
                    yield replace(worker), Stopped("timeout", timeout)

    def close(self) -> None:
        """Stop every worker: ask politely, then kill what is still running."""
        for worker in self.pool:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        for worker in self.pool:
            worker.process.join(timeout=1)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.pool = []
