"""Printing: the services gather the records, ``app.reports`` draws them, and the PDF is
written atomically into the folder the caller chose. Every print is one audit entry
("print.<kind>", counts and ids only, never names).

The font: the one picked in Settings (``set_font``), else a system CJK TrueType font,
else the built-in STSong-Light with a warning in ``PrintResult.warnings`` that the GUI
and the CLI must show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from pathlib import Path

from app.atomic import write_bytes_atomic
from app.domain.access import Scope, redact
from app.domain.enums import Role
from app.domain.growth import HomeVisit
from app.domain.labels import label
from app.domain.school import SchoolYear
from app.domain.student import Student
from app.domain.visit_plan import ClassVisits, PlanStatus
from app.errors import NotFound, PermissionDenied, ValidationError
from app.reports.county import TITLE as COUNTY_TITLE
from app.reports.county import CountyReportInput, draw_county_report
from app.reports.coverage import TITLE as COVERAGE_TITLE
from app.reports.coverage import CoveragePage, draw_coverage
from app.reports.fonts import FontChoice, check_font, choose_font
from app.reports.growth_file import TITLE as GROWTH_TITLE
from app.reports.growth_file import GrowthFilePage, draw_growth_file
from app.reports.layout import DocInfo
from app.reports.semester import TITLE as SEMESTER_TITLE
from app.reports.semester import draw_semester_report
from app.reports.visit_form import TITLE as VISIT_FORM_TITLE
from app.reports.visit_form import VisitForm, draw_visit_form
from app.services import access, report_data, visit_planning
from app.services.session import Session
from app.store import accounts_repo, growth_repo, school_repo, students_repo
from app.store.connection import Database

FONT_SETTING = "pdf_font"


@dataclass(frozen=True)
class PrintResult:
    path: Path
    pages: int
    warnings: tuple[str, ...] = ()


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


# --- font ----------------------------------------------------------------------------------


def _preferred(db: Database) -> tuple[str, int] | None:
    stored = school_repo.get_setting(db, FONT_SETTING)
    if isinstance(stored, dict) and stored.get("path"):
        return str(stored["path"]), int(stored.get("subfont_index", 0))
    return None


def font(session: Session) -> FontChoice:
    """The font documents are drawn with now (``warning`` set for the fallback)."""
    return choose_font(_preferred(session.db))


def set_font(session: Session, path: Path | None, subfont_index: int = 0) -> FontChoice:
    """Use the TrueType font in ``path`` (``None``: find one on the system again)."""
    session.require(Role.COUNSELOR)
    if path is not None:
        try:
            check_font(str(path), subfont_index)
        except ValueError as exc:
            raise ValidationError.single("font", "unusable", str(exc)) from None
    value = {"path": str(Path(path).resolve()), "subfont_index": subfont_index} if path else {}
    with session.write("settings.pdf_font", "settings", embedded=True) as change:
        school_repo.put_setting(change.db, FONT_SETTING, value)
    return font(session)


# --- shared --------------------------------------------------------------------------------


def doc_info(session: Session, title: str, confidential: bool = True) -> DocInfo:
    return DocInfo(
        title,
        school_repo.load_school(session.db).name,
        session.account.display_name,
        _now(),
        font(session),
        confidential,
    )


def check_folder(folder: Path) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError.single("folder", "not_found", "the chosen folder does not exist")
    return folder


def _target(folder: Path, filename: str) -> Path:
    if Path(filename).name != filename or not filename.endswith(".pdf"):
        raise ValidationError.single("filename", "format", "a file name ending in .pdf")
    return check_folder(folder) / filename


def _stamp(info: DocInfo) -> str:
    return f"{info.printed_at:%Y%m%d}"


Draw = Callable[[DocInfo], tuple[bytes, int]]


def write_document(
    session: Session,
    kind: str,
    info: DocInfo,
    target: Path,
    draw: Draw,
    entity: tuple[str, int | None] = ("document", None),
    **detail: object,
) -> PrintResult:
    """Draw, write atomically and record ``print.<kind>`` in one go: the audit entry
    (counts and flags in ``detail``, never names) commits only once the file is in place."""
    with session.write(f"print.{kind}", entity[0], entity[1], **detail) as change:
        data, pages = draw(info)
        write_bytes_atomic(target, data)
        change.detail.update(pages=pages, embedded_font=info.font.embedded)
    warnings = (info.font.warning,) if info.font.warning else ()
    return PrintResult(target, pages, warnings)


# --- growth file ---------------------------------------------------------------------------


def growth_file_page(db: Database, student_id: int, scope: Scope) -> GrowthFilePage:
    growth = redact(growth_repo.load_growth_file(db, student_id), scope)
    classes = {c.id: c.name for c in school_repo.classes(db)}
    dorms = {d.id: d.name for d in school_repo.dorms(db)}
    student = growth.student
    return GrowthFilePage(
        growth,
        classes.get(student.class_id or -1, ""),
        dorms.get(student.dorm_id or -1, ""),
        people(db),
    )


def people(db: Database) -> dict[str, str]:
    """User name -> display name of every account (the records store user names)."""
    return {a.username: a.display_name for a in accounts_repo.list_accounts(db)}


def growth_file_name(student_number: str, when: date) -> str:
    return f"成长档案-{student_number}-{when:%Y%m%d}.pdf"


def print_growth_file(
    session: Session, student_id: int, folder: Path, filename: str | None = None
) -> PrintResult:
    """One student's 一生一策 growth file, as far as this account may see it."""
    access.check_student(session, student_id)
    page = growth_file_page(session.db, student_id, session.scope)
    info = doc_info(session, GROWTH_TITLE)
    name = filename or growth_file_name(page.growth.student.student_number, info.printed_at)
    return write_document(
        session,
        "growth_file",
        info,
        _target(folder, name),
        partial(draw_growth_file, page=page),
        ("student", student_id),
    )


# --- home-visit form -----------------------------------------------------------------------


def _guardians(student: Student) -> str:
    return "；".join(f"{g.name}（{g.relation or '监护人'}）{g.phone}" for g in student.guardians)


def _form_for(session: Session, student_id: int, year: str) -> VisitForm:
    access.check_student(session, student_id)
    student = students_repo.get_student(session.db, student_id)
    classes = {c.id: c.name for c in school_repo.classes(session.db)}
    return VisitForm(
        year,
        student.name,
        student.student_number,
        label(student.gender),
        classes.get(student.class_id or -1, ""),
        _guardians(student),
    )


def _visit(session: Session, student_id: int, visit_id: int) -> HomeVisit:
    for visit in growth_repo.visits_of(session.db, student_id):
        if visit.id == visit_id:
            return visit
    raise NotFound(f"no home visit {visit_id} for this student", visit_id=visit_id)


def print_visit_form(
    session: Session,
    folder: Path,
    student_id: int | None = None,
    *,
    visit_id: int | None = None,
    plan_id: int | None = None,
    filename: str | None = None,
) -> PrintResult:
    """家访记录表: blank; pre-filled with a student (``student_id``) or a planned visit
    (``plan_id``); or filled from a recorded visit (``student_id`` + ``visit_id``)."""
    year = SchoolYear.of(date.today()).label
    form = VisitForm(year)
    if plan_id is not None:
        line = visit_planning.get_planned_visit(session, plan_id)
        student_id = line.item.student_id
        form = replace(_form_for(session, student_id, year), purpose=line.item.purpose)
    elif student_id is not None:
        form = _form_for(session, student_id, year)
        if visit_id is not None:
            visit = _visit(session, student_id, visit_id)
            form = replace(form, visit=visit, school_year=SchoolYear.of(visit.visited_on).label)
    info = doc_info(session, VISIT_FORM_TITLE)
    suffix = form.student_number or "空白"
    name = filename or f"家访记录表-{suffix}-{_stamp(info)}.pdf"
    entity = ("student", student_id) if student_id is not None else ("document", None)
    draw = partial(draw_visit_form, form=form)
    return write_document(session, "visit_form", info, _target(folder, name), draw, entity)


# --- class coverage ------------------------------------------------------------------------


def _check_class(session: Session, class_id: int) -> None:
    session.require(Role.COUNSELOR, Role.HEAD_TEACHER, Role.GRADE_LEADER)
    classes = {c.id: c for c in school_repo.classes(session.db)}
    if class_id not in classes:
        raise NotFound(f"no class with id {class_id}", class_id=class_id)
    scope = session.scope
    outside = (scope.role is Role.HEAD_TEACHER and class_id not in scope.class_ids) or (
        scope.role is Role.GRADE_LEADER and classes[class_id].grade_id != scope.grade_id
    )
    if outside:
        raise PermissionDenied("this class is outside your classes", role=scope.role.value)


def coverage_page(session: Session, class_id: int, today: date) -> CoveragePage:
    _check_class(session, class_id)
    found = visit_planning.class_coverage(session, class_id, today)
    klass = next(c for c in school_repo.classes(session.db) if c.id == class_id)
    grade = {g.id: g.name for g in school_repo.grades(session.db)}.get(klass.grade_id, "")
    coverage = (
        found[0] if found else ClassVisits(class_id, klass.name, grade, klass.head_teacher, (), ())
    )
    follow = [
        f for f in visit_planning.follow_ups(session, today) if f.student.class_id == class_id
    ]
    planned = [
        p
        for p in visit_planning.planned(session, status=PlanStatus.PLANNED)
        if p.class_id == class_id and p.item.planned_on >= today.replace(day=1)
    ]
    return CoveragePage(coverage, SchoolYear.of(today).label, today, follow, planned)


def _safe(name: str) -> str:
    return "".join("_" if ch in '/\\:*?"<>|' else ch for ch in name).strip() or "班级"


def print_class_coverage(
    session: Session,
    class_id: int,
    folder: Path,
    today: date | None = None,
    filename: str | None = None,
) -> PrintResult:
    """A class's home-visit coverage list for its head teacher."""
    page = coverage_page(session, class_id, today or date.today())
    info = doc_info(session, COVERAGE_TITLE)
    name = filename or f"家访覆盖-{_safe(page.coverage.class_name)}-{_stamp(info)}.pdf"
    draw = partial(draw_coverage, page=page)
    return write_document(
        session, "class_coverage", info, _target(folder, name), draw, ("class", class_id)
    )


# --- reports -------------------------------------------------------------------------------


def print_semester_report(
    session: Session,
    folder: Path,
    day: date | None = None,
    *,
    include_names: bool = False,
    filename: str | None = None,
) -> PrintResult:
    """学期心理健康工作报告 up to ``day``: figures and charts, no student names unless the
    counselor asks for the appendix (``include_names``)."""
    data = report_data.semester_data(session, day, include_names)
    info = doc_info(session, SEMESTER_TITLE)
    name = filename or f"{SEMESTER_TITLE}-{data.semester_label}-{_stamp(info)}.pdf"
    draw = partial(draw_semester_report, data=data)
    return write_document(
        session,
        "semester_report",
        info,
        _target(folder, name),
        draw,
        include_names=include_names,
    )


def print_county_report(
    session: Session, data: CountyReportInput, folder: Path, filename: str | None = None
) -> PrintResult:
    """The county center's period report across schools (anonymized figures only)."""
    access.require_counselor_or_leader(session)
    info = replace(doc_info(session, COUNTY_TITLE), school_name=data.center_name)
    name = filename or f"县域心理健康工作报告-{_safe(data.period_label)}-{_stamp(info)}.pdf"
    draw = partial(draw_county_report, data=data)
    return write_document(
        session, "county_report", info, _target(folder, name), draw, schools=len(data.schools)
    )
