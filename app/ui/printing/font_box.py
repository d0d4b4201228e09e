"""Settings → 打印字体: the font the PDFs embed, another .ttf/.ttc to use, and a clear
warning while the built-in fallback (not embedded) is in use. Counselors only."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.ui import dialogs, errors
from app.ui.context import ShellContext
from app.ui.i18n import fmt
from app.ui.levels import RED
from app.ui.printing import jobs
from app.ui.printing.result_dialog import fallback_warning, warning_texts

if TYPE_CHECKING:
    from app.reports.fonts import FontChoice


class FontBox(QGroupBox):
    def __init__(self, ctx: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice: FontChoice | None = None
        self.setObjectName("fontBox")
        self.setTitle(self.tr("Font of printed documents"))
        self.font_label = QLabel(self.tr("Loading…"), self)
        self.font_label.setObjectName("fontName")
        self.font_label.setWordWrap(True)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("fontWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {RED.background};")
        self.warning_label.hide()
        self._layout()
        self.reload()

    def _layout(self) -> None:
        hint = QLabel(
            self.tr(
                "PDFs embed the Chinese characters they use, so they print on any computer. "
                "Only TrueType fonts (.ttf, or .ttc collections such as msyh.ttc) can be "
                "embedded."
            ),
            self,
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a font file…"), self)
        self.choose_button.setObjectName("chooseFont")
        self.choose_button.clicked.connect(self.choose)
        self.auto_button = QPushButton(self.tr("Find one automatically"), self)
        self.auto_button.setObjectName("autoFont")
        self.auto_button.clicked.connect(lambda: self._set(None))
        for button in (self.choose_button, self.auto_button):
            button.setEnabled(not self.ctx.read_only)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.auto_button)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        for widget in (self.font_label, self.warning_label, hint):
            layout.addWidget(widget)
        layout.addLayout(row)

    def reload(self) -> None:
        self.ctx.call(
            jobs.current_font, on_success=self.show_font, on_error=self._unknown, owner=self
        )

    def _unknown(self, exc: BaseException) -> None:
        """A damaged (read-only) station may not answer: say so in the box, no message box
        on top of the read-only warning the window already shows."""
        errors.log_unexpected(exc, "settings.font.read")
        self.font_label.setText(self.tr("The font setting cannot be read right now."))

    def show_font(self, choice: FontChoice) -> None:
        self.choice = choice
        if choice.embedded:
            text = fmt(self.tr("Embedded font: {file}"), file=Path(choice.path).name)
            self.font_label.setToolTip(choice.path)
        else:
            text = self.tr("Built-in font STSong-Light (not embedded)")
        self.font_label.setText(text)
        warnings = warning_texts([choice.warning]) if choice.warning else []
        if not choice.embedded and fallback_warning() not in warnings:
            warnings.append(fallback_warning())
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    def choose(self) -> None:
        caption = self.tr("Choose a TrueType font")
        path = dialogs.open_file(self, caption, self.tr("TrueType fonts (*.ttf *.ttc)"))
        if path is not None:
            self._set(path)

    def _set(self, path: Path | None) -> None:
        self.ctx.call(
            jobs.set_font, path, on_success=self._font_set, on_error=self._failed, owner=self
        )

    def _font_set(self, choice: FontChoice) -> None:
        self.show_font(choice)

    def _failed(self, exc: BaseException) -> None:
        errors.log_unexpected(exc, "settings.font")
        dialogs.error(self, describe_font_error(exc))


def describe_font_error(exc: BaseException) -> str:
    unusable = isinstance(exc, ValidationError) and any(p.field == "font" for p in exc.problems)
    if not unusable:
        return errors.describe(exc)
    return QCoreApplication.translate(
        "FontBox",
        "This file cannot be used: it is not a TrueType font with Chinese characters that can "
        "be embedded. Choose a .ttf or .ttc file such as simhei.ttf or msyh.ttc; the font in "
        "use was not changed.",
    )
