"""Files the exports write: streamed web downloads and CLI files replaced only when complete.

Shared by the registry, assistance and statistics exports (web views and `flask … export` commands).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import BinaryIO

from flask import Response

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_BLOCK = 64 * 1024


def download(write: Callable[[BinaryIO], object], filename: str, mimetype: str = XLSX) -> Response:
    """Run ``write(file)`` now into a temporary file and answer it as an attachment named ``filename``.

    The file is written before the response starts, so an error in ``write`` (e.g. ``Invalid`` for a
    too-large export) propagates to the caller and no partial download is sent; the body is then
    streamed in 64 KiB blocks and the temporary file closed (deleted) at the end.
    """
    spool = tempfile.TemporaryFile()
    try:
        write(spool)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)

    def blocks() -> Iterator[bytes]:
        with spool:
            while block := spool.read(_BLOCK):
                yield block

    return Response(blocks(), mimetype=mimetype, headers={"Content-Disposition": f"attachment; filename={filename}"})


@contextmanager
def replaced_when_complete(out_path: str) -> Iterator[BinaryIO]:
    """Yield a file written next to ``out_path`` and renamed onto it only when the block succeeds.

    A failed export leaves no half-written file (and an existing ``out_path`` untouched).
    """
    folder = os.path.dirname(os.path.abspath(out_path))
    handle, partial = tempfile.mkstemp(suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.replace(partial, out_path)
    except BaseException:
        os.unlink(partial)
        raise
