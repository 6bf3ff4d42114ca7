"""Run one action in many threads at once, each with its own app context and session, and collect outcomes.

The concurrency tests (need quantity, offer cap) race real threads against a real database; this is
their one harness. Each outcome is "ok", the message of an expected domain error, or "error: …" for
anything else — which is what those tests hunt for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import Conflict
from app.extensions import db


def race(app, attempts: int, action: Callable[[int], object], expected: tuple[type, ...] = (Conflict,)) -> list[str]:
    """Call ``action(i)`` for i in range(attempts), all released together; return one outcome per call."""
    barrier = threading.Barrier(attempts)
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt(i: int) -> None:
        barrier.wait(60)  # before any connection is taken: the pool is smaller than the thread count
        with app.app_context():
            try:
                action(i)
                outcome = "ok"
            except expected as error:
                outcome = error.message
            except Exception as error:  # noqa: BLE001  (any other failure is what the tests hunt for)
                outcome = f"error: {error!r}"
            finally:
                db.session.remove()
            with lock:
                outcomes.append(outcome)

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(attempts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return outcomes
