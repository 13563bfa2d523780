"""Progress bars for long steps (rich, on stderr so ``--json`` output stays clean)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

_T = TypeVar("_T")
_console = Console(stderr=True)


def progress() -> Progress:
    """A progress display for several steps; use as a context manager."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_console,
        transient=False,
    )


def track(items: Iterable[_T], description: str, total: int | None = None) -> Iterator[_T]:
    """Iterate with a progress bar."""
    with progress() as bar:
        task = bar.add_task(description, total=total)
        for item in items:
            yield item
            bar.advance(task)


@contextmanager
def steps(description: str, total: int) -> Iterator[callable]:  # type: ignore[valid-type]
    """A bar of ``total`` named steps: ``with steps("Preparing", 4) as step: step("reading")``."""
    with progress() as bar:
        task = bar.add_task(description, total=total)

        def step(label: str) -> None:
            bar.update(task, description=f"{description}: {label}")
            bar.advance(task)

        yield step
