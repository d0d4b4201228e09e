"""zh_CN.ts is complete, matches the sources, and zh_CN.qm is compiled from it."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

TOOL = Path(__file__).resolve().parents[2] / "tools" / "i18n.py"


@pytest.fixture(scope="module")
def i18n():
    spec = importlib.util.spec_from_file_location("xinan_i18n_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_string_has_a_chinese_translation(i18n):
    assert i18n.unfinished(i18n.TS_FILE) == [], "run: python tools/i18n.py --todo"


def test_every_tr_string_of_the_sources_is_in_the_ts_file(i18n):
    assert i18n.missing_from(i18n.TS_FILE) == [], "run: python tools/i18n.py"


def test_the_qm_file_is_compiled_from_the_ts_file(i18n):
    assert i18n.qm_is_current(), "run: python tools/i18n.py"


def test_placeholders_survive_translation(i18n):
    placeholder = re.compile(r"\{\w+\}")
    wrong = [
        (context, source)
        for (context, source), translation in i18n.messages(i18n.TS_FILE).items()
        if sorted(placeholder.findall(source))
        != sorted(placeholder.findall(translation.text or ""))
    ]
    assert wrong == []


def test_chinese_is_what_the_app_shows():
    assert QCoreApplication.translate("UnlockDialog", "Unlock") == "解锁"
    assert QCoreApplication.translate("Nav", "Settings") == "设置"


def test_qt_standard_buttons_are_chinese_too():
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
