"""A bound on password hashing: at most a few Argon2 hashes or checks at once per process.

Each Argon2 check takes 64 MiB and about 0.3 s of CPU (`store.passwords`), so a login flood
must not start them all at once: they run on a small pool of `limit` threads, at most `queue`
more wait for one, and the rest are refused at once (503 with Retry-After, `GateBusyError`).
Waiting logins hold no thread of the server's own pool (`HashGate.run` is awaited), so the other
endpoints keep answering. With the defaults (2 at once) hashing holds at most 128 MiB.
"""

from __future__ import annotations

import asyncio
import math
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

SECONDS_PER_HASH = 0.3
"""About what one Argon2 check takes here; used to tell a refused client when to come back."""


class GateBusyError(RuntimeError):
    """Too many password checks are waiting already; come back after `retry_after_s`."""

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"too many password checks at once; retry in {retry_after_s} s")
        self.retry_after_s = retry_after_s


class HashGate:
    """Runs password hashing `limit` at a time, with at most `queue` more waiting."""

    def __init__(self, limit: int = 2, queue: int = 16) -> None:
        self.limit, self.queue = limit, queue
        self._pool = ThreadPoolExecutor(max_workers=limit, thread_name_prefix="sofra-hash")
        self._lock = threading.Lock()
        self._pending = 0

    @property
    def pending(self) -> int:
        """Hashes running or waiting now."""
        return self._pending

    def submit(self, fn: Callable[..., T], *args: object) -> Future[T]:
        """Queue `fn(*args)` for the hashing pool; `GateBusyError` when the queue is full."""
        with self._lock:
            if self._pending >= self.limit + self.queue:
                wait = math.ceil(self._pending * SECONDS_PER_HASH / self.limit)
                raise GateBusyError(max(1, wait))
            self._pending += 1
        try:
            future = self._pool.submit(fn, *args)
        except BaseException:
            self._finished(None)
            raise
        future.add_done_callback(self._finished)
        return future

    def _finished(self, _future: Future[T] | None) -> None:
        with self._lock:
            self._pending -= 1

    async def run(self, fn: Callable[..., T], *args: object) -> T:
        """`fn(*args)` on the hashing pool, awaited (no server thread waits meanwhile)."""
        return await asyncio.wrap_future(self.submit(fn, *args))

    def run_sync(self, fn: Callable[..., T], *args: object) -> T:
        """`fn(*args)` on the hashing pool, for code that runs in a thread already."""
        return self.submit(fn, *args).result()

    def shutdown(self) -> None:
        """Stop the pool once the running hashes end."""
        self._pool.shutdown(wait=False, cancel_futures=True)
