"""The per-page time limit (``Options.timeout``), in whatever thread the page is extracted.

In the main thread a ``SIGALRM`` timer interrupts the work. Signals reach only the main thread,
so in any other thread (a thread pool, Dask's threaded scheduler, a web server's worker) one
watchdog thread raises the timeout in the worker itself (CPython's ``PyThreadState_SetAsyncExc``):
the exception arrives at the worker's next Python instruction, so a long call inside C (one regex
match, one ``sleep``) ends first, then the page stops. ``check`` (called between stages) stops a
page whose time ran out even where the asynchronous exception could not arrive.
"""
from __future__ import annotations

import _signal  # signal.signal less its conversion of handlers to enums (a failed lookup, ~9 us a page)
import ctypes
import heapq
import itertools
import signal
import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

from .errors import ExtractionTimeout

__all__ = ["check", "limit"]

_LOCAL = threading.local()  # this thread's deadline: (monotonic end, seconds, input name)


class _Expired(ExtractionTimeout):
    """Raised in a worker thread by the watchdog (an asynchronous exception carries no message)."""

    def __init__(self, message: str = "extraction took longer than Options.timeout", **kw: Any) -> None:
        super().__init__(message, **kw)


def _message(seconds: float, started: float) -> str:
    return f"extraction took longer than {seconds:g} s ({time.monotonic() - started:.1f} s)"


@contextmanager
def limit(seconds: float | None, name: str | None) -> Iterator[None]:
    """Raise ``ExtractionTimeout`` when the block runs longer than ``seconds`` (None or 0: no limit)."""
    if not seconds or getattr(_LOCAL, "deadline", None) is not None:  # no limit, or one already runs
        yield
        return
    started = time.monotonic()
    _LOCAL.deadline = (started + seconds, seconds, name)
    try:
        if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            with _alarm(seconds, started, name):
                yield
        else:
            with _WATCHDOG.watch(started + seconds):
                yield
    except _Expired:
        raise ExtractionTimeout(_message(seconds, started), input=name) from None
    finally:
        _LOCAL.deadline = None


def check() -> None:
    """Raise ``ExtractionTimeout`` if this thread's page is past its time limit."""
    deadline = getattr(_LOCAL, "deadline", None)
    if deadline is not None and time.monotonic() > deadline[0]:
        end, seconds, name = deadline
        raise ExtractionTimeout(_message(seconds, end - seconds), input=name)


@contextmanager
def _alarm(seconds: float, started: float, name: str | None) -> Iterator[None]:
    def on_alarm(signum: int, frame: Any) -> None:
        raise ExtractionTimeout(_message(seconds, started), input=name)

    previous = _signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _signal.signal(signal.SIGALRM, previous)


class _Watchdog:
    """One daemon thread for all worker threads: a heap of deadlines, each raised in its thread."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: list[tuple[float, int, int]] = []  # (end, ticket, thread id)
        self._live: dict[int, int] = {}  # ticket -> thread id, while the block runs
        self._tickets = itertools.count()
        self._thread: threading.Thread | None = None

    @contextmanager
    def watch(self, end: float) -> Iterator[None]:
        tid = threading.get_ident()
        with self._lock:
            ticket = next(self._tickets)
            self._live[ticket] = tid
            heapq.heappush(self._heap, (end, ticket, tid))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="psm-extract-timeout", daemon=True)
                self._thread.start()
            self._lock.notify()
        fired = False
        try:
            yield
        finally:
            with self._lock:
                fired = self._live.pop(ticket, None) is None
            if fired:  # raised too late to stop the block: take it back if it is still pending
                _raise_in(tid, None)

    def _run(self) -> None:
        with self._lock:
            while True:
                while self._heap and self._heap[0][1] not in self._live:
                    heapq.heappop(self._heap)  # finished in time
                if not self._heap:
                    self._lock.wait()
                    continue
                end, ticket, tid = self._heap[0]
                wait = end - time.monotonic()
                if wait > 0:
                    self._lock.wait(wait)
                    continue
                heapq.heappop(self._heap)
                del self._live[ticket]
                _raise_in(tid, _Expired)


def _raise_in(tid: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in thread ``tid`` at its next Python instruction (None: cancel a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(exc) if exc else None)


_WATCHDOG = _Watchdog()
