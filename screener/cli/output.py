"""``--output``: opened before any work starts, so an unwritable path costs no screening.

``open_output`` opens the file for appending without truncating it (a missing file is
created), so a mistake found after it is opened — rules that do not load, a folder with
no résumés — leaves an earlier results file as it was; ``start`` then empties it, unless
the run resumes it. A path that cannot be written is a usage error (exit 2) with the
reason, printed before anything is read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

import typer

from screener.cli.safe import printable

EXIT_USAGE = 2


def open_output(path: Path) -> TextIO:
    """The file at ``path`` opened for writing UTF-8 text (not truncated yet), or exit 2."""
    try:
        return path.open("a", encoding="utf-8", newline="")
    except OSError as error:
        reason = error.strerror or type(error).__name__
        typer.echo(f"error: cannot write --output {printable(str(path))}: {reason}", err=True)
        raise typer.Exit(EXIT_USAGE) from None


def start(stream: TextIO, *, resume: bool) -> None:
    """Empty an opened output file, unless the run appends to it (``--resume``)."""
    if not resume and stream.seekable():  # a pipe or a device has nothing to empty
        stream.truncate(0)
