"""Printing many growth files at once (a whole class, or the whole school).

Drawing a PDF is CPU work, so with ``workers`` > 1 a pool of processes draws them: each
worker opens its own read-only connection to the station (the database key travels to it
through the pool's pipe, never through a file) and writes its files atomically. The
parent writes one audit entry for the batch ("print.growth_files", counts only) once the
files are written — also when the user stopped it part way.

The pool uses the "spawn" start method on every platform: forking a process that runs
Qt threads (the desktop) is unsafe. A frozen build must call
``multiprocessing.freeze_support()`` first thing in its entry point.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import write_bytes_atomic
from app.domain.access import Scope, redact
from app.domain.enums import Role, StudentStatus
from app.reports.fonts import fallback, try_font
from app.reports.growth_file import TITLE, GrowthFilePage, draw_growth_file
from app.reports.layout import DocInfo
from app.services.printing import check_folder, doc_info, growth_file_name, people
from app.services.session import Session
from app.store import connection, growth_repo, school_repo, students_repo
from app.store.connection import Database
from app.store.students_repo import RosterFilter

CHUNK = 25  # students handed to a worker at a time
ACTIVE = (StudentStatus.IN_SCHOOL, StudentStatus.SUSPENDED)

# Called with (files done, files in all); returning False stops the batch.
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class BatchResult:
    folder: Path
    files: int
    pages: int
    cancelled: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Job:
    """What every worker needs besides the student ids (small and picklable)."""

    db_path: str
    key: bytes
    scope: Scope
    info: DocInfo
    folder: str
    classes: dict[int, str]
    dorms: dict[int, str]
    people: dict[str, str]


_worker: dict[str, Any] = {}


def _start_worker(job: _Job) -> None:
    """Pool initializer: a read-only connection and the document font."""
    conn = connection.connect(Path(job.db_path), job.key, read_only=True)
    _worker["db"] = Database(conn, job.key, read_only=True)
    _worker["job"] = job
    font = job.info.font
    if font.embedded and try_font(font.path, font.subfont_index) is None:
        raise RuntimeError("the document font cannot be loaded")
    if not font.embedded:
        fallback()


def _print_one(db: Database, job: _Job, student_id: int) -> int:
    growth = redact(growth_repo.load_growth_file(db, student_id), job.scope)
    s = growth.student
    page = GrowthFilePage(
        growth,
        job.classes.get(s.class_id or -1, ""),
        job.dorms.get(s.dorm_id or -1, ""),
        job.people,
    )
    data, pages = draw_growth_file(job.info, page)
    name = growth_file_name(s.student_number, job.info.printed_at)
    write_bytes_atomic(Path(job.folder) / name, data)
    return pages


def _print_chunk(student_ids: Sequence[int]) -> int:
    """Worker side: print a chunk, return its pages."""
    return sum(_print_one(_worker["db"], _worker["job"], sid) for sid in student_ids)


def _job(session: Session, folder: Path, info: DocInfo) -> _Job:
    db = session.db
    return _Job(
        str(session.paths.db),
        db.key,
        session.scope,
        info,
        str(folder),
        {c.id: c.name for c in school_repo.classes(db)},
        {d.id: d.name for d in school_repo.dorms(db)},
        people(db),
    )


def _chunks(ids: Sequence[int]) -> list[list[int]]:
    return [list(ids[i : i + CHUNK]) for i in range(0, len(ids), CHUNK)]


def default_workers() -> int:
    """One process per core, plus one to keep the cores busy while a process waits for
    its file to reach the disk (each PDF is fsynced)."""
    return max(1, min((os.cpu_count() or 1) + 1, 5))


def _results(
    session: Session, job: _Job, chunks: list[list[int]], workers: int
) -> tuple[Iterable[int], Executor | None]:
    if workers <= 1 or len(chunks) <= 1:
        return (sum(_print_one(session.db, job, s) for s in c) for c in chunks), None
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(job,),
    )
    return pool.map(_print_chunk, chunks), pool


def _run(
    session: Session, job: _Job, ids: Sequence[int], workers: int, progress: Progress | None
) -> tuple[int, int, bool]:
    """(files, pages, cancelled)."""
    chunks = _chunks(ids)
    results, pool = _results(session, job, chunks, workers)
    files = pages = 0
    try:
        for chunk, chunk_pages in zip(chunks, results, strict=False):
            files, pages = files + len(chunk), pages + chunk_pages
            if progress is not None and progress(files, len(ids)) is False:
                return files, pages, True
        return files, pages, False
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _students(session: Session, class_id: int | None) -> list[int]:
    rows = students_repo.roster(session.db, RosterFilter(class_id=class_id))
    return [r.student_id for r in rows if r.status in ACTIVE]


def print_growth_files(
    session: Session,
    folder: Path,
    student_ids: Sequence[int] | None = None,
    *,
    class_id: int | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Growth files of ``student_ids`` (default: every student in school or suspended,
    of ``class_id`` if given), one PDF each, into ``folder``. Counselors only."""
    session.require(Role.COUNSELOR)
    ids = list(student_ids) if student_ids is not None else _students(session, class_id)
    info = doc_info(session, TITLE)
    job = _job(session, check_folder(folder), info)
    files = pages = 0
    cancelled = False
    try:
        files, pages, cancelled = _run(session, job, ids, workers or default_workers(), progress)
    finally:
        with session.write("print.growth_files", "document", files=files, pages=pages):
            pass
    warnings = (info.font.warning,) if info.font.warning else ()
    return BatchResult(Path(folder), files, pages, cancelled, warnings)
