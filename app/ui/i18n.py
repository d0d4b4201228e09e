"""Language choice, translator loading and placeholder filling.

Source strings are English; ``resources/i18n/zh_CN.ts`` holds the complete Simplified
Chinese translation (regenerate with ``python tools/i18n.py``). Text with variable parts is
translated first and filled afterwards, never built before translating::

    fmt(self.tr("Imported {count} students."), count=n)
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import data_dir

log = logging.getLogger(__name__)

CHINESE = "zh_CN"
ENGLISH = "en"


def choose_language(lang: str | None, demo: bool = False) -> str:
    """``lang`` wins; otherwise the demo and Chinese systems get Chinese."""
    if lang:
        return CHINESE if lang.lower().replace("-", "_").startswith("zh") else ENGLISH
    if demo or QLocale.system().language() == QLocale.Language.Chinese:
        return CHINESE
    return ENGLISH


def translations_dir() -> Path:
    return data_dir("resources") / "i18n"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load XinAn's and Qt's own translations; returns them (keep them alive)."""
    if language != CHINESE:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(str(translations_dir()), "zh_CN"), (qt_dir, "qtbase_zh_CN")]
    installed = []
    for folder, name in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed


def fmt(text: str, **values: object) -> str:
    """Fill ``{name}`` placeholders of an already translated string."""
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text
