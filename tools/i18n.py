"""Regenerate and compile XinAn's translations (resources/i18n/zh_CN.ts -> zh_CN.qm).

Run from the repository root with the project's Python (PySide6 installed):

    python tools/i18n.py                      # update zh_CN.ts from app/ui, compile zh_CN.qm
    python tools/i18n.py --todo               # list strings still waiting for a translation
    python tools/i18n.py --export-todo t.tsv  # write them as "context<TAB>source<TAB>" lines
    python tools/i18n.py --fill t.tsv         # take translations from such a file, recompile
    python tools/i18n.py --check              # change nothing; exit 1 if .ts/.qm are stale

Adding strings: write ``self.tr("English text with {placeholder}")`` (or
``QCoreApplication.translate("Context", "...")`` outside QObject classes), run the first
command, put the Chinese in (``--export-todo``, fill the third column, ``--fill``; or edit
the .ts directly, or use ``pyside6-linguist``), and commit both zh_CN.ts and zh_CN.qm.
Existing translations are kept; strings no longer in the code are dropped. In the TSV
files a newline is written ``\\n``, a tab ``\\t`` and a backslash ``\\\\``.
tests/ui/test_translations.py fails while anything is missing or untranslated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app" / "ui"
TS_FILE = ROOT / "resources" / "i18n" / "zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")

Key = tuple[str, str]  # (context, source)


def tool(name: str) -> str:
    """Path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease) next to this Python."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this Python environment")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_file: Path) -> None:
    """Merge the strings of the sources into ``ts_file`` (kept translations, no obsolete)."""
    files = [str(p) for p in source_files()]
    command = [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    command += ["-source-language", "en", "-target-language", "zh_CN"]
    subprocess.run([*command, *files, "-ts", str(ts_file)], check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile into a temp file, then rename: a running app or test has the .qm
    memory-mapped, and rewriting it in place crashes that process."""
    partial = qm_file.with_name(qm_file.name + ".partial")
    command = [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(partial)]
    subprocess.run(command, check=True)
    partial.replace(qm_file)


def messages(ts_file: Path) -> dict[Key, ET.Element]:
    """Every live message of a .ts file by (context, source) -> its <translation>."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source", ""))] = translation
    return found


def unfinished(ts_file: Path) -> list[Key]:
    return [
        key
        for key, translation in messages(ts_file).items()
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]


def missing_from(ts_file: Path) -> list[Key]:
    """Strings in the sources that ``ts_file`` does not have (lupdate into a temp copy)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(fresh)
        return sorted(set(messages(fresh)) - set(messages(ts_file)))


def qm_is_current() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        qm = Path(tmp) / "check.qm"
        lrelease(TS_FILE, qm)
        return QM_FILE.exists() and qm.read_bytes() == QM_FILE.read_bytes()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, chars = [], iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars, "")
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
        else:
            out.append(ch)
    return "".join(out)


def export_todo(target: Path) -> int:
    todo = unfinished(TS_FILE)
    lines = [f"{_escape(c)}\t{_escape(s)}\t" for c, s in todo]
    target.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    return len(todo)


def read_tsv(path: Path) -> dict[Key, str]:
    filled: dict[Key, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path}:{number}: expected context<TAB>source<TAB>translation")
        if parts[2].strip():
            filled[(_unescape(parts[0]), _unescape(parts[1]))] = _unescape(parts[2])
    return filled


def fill(path: Path) -> tuple[int, list[Key]]:
    """Write the TSV's translations into the .ts; returns (applied, unknown keys)."""
    wanted = read_tsv(path)
    tree = ET.parse(TS_FILE)
    tree.getroot().attrib.update({"language": "zh_CN", "sourcelanguage": "en"})
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            translation = message.find("translation")
            if key in wanted and translation is not None:
                translation.text = wanted.pop(key)
                translation.attrib.pop("type", None)
                applied += 1
    tree.write(TS_FILE, encoding="utf-8", xml_declaration=True)
    return applied, sorted(wanted)


def update() -> None:
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS_FILE)
    lrelease(TS_FILE, QM_FILE)


def check() -> int:
    problems = [f"not in {TS_FILE.name}: {c} / {s!r}" for c, s in missing_from(TS_FILE)]
    problems += [f"untranslated: {c} / {s!r}" for c, s in unfinished(TS_FILE)]
    if not qm_is_current():
        problems.append(f"{QM_FILE.name} is out of date: run python tools/i18n.py")
    print("\n".join(problems) or "translations complete and compiled")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="change nothing; report problems")
    group.add_argument("--todo", action="store_true", help="list untranslated strings")
    group.add_argument("--export-todo", type=Path, metavar="TSV")
    group.add_argument("--fill", type=Path, metavar="TSV")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    update()
    if args.fill:
        applied, unknown = fill(args.fill)
        update()  # lupdate rewrites the file in its canonical form, then compile
        print(f"{applied} translation(s) applied")
        for context, source in unknown:
            print(f"not in the sources (ignored): {context} / {source!r}")
    if args.export_todo:
        print(f"{export_todo(args.export_todo)} string(s) written to {args.export_todo}")
    todo = unfinished(TS_FILE)
    if args.todo:
        for context, source in todo:
            print(f"{context}\t{_escape(source)}")
    print(f"{len(messages(TS_FILE))} strings, {len(todo)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
