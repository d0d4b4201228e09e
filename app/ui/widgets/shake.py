"""Shake a window sideways: the universal "that was wrong" of a login box."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPoint, QPropertyAnimation
from PySide6.QtWidgets import QWidget


def shake(window: QWidget, distance: int = 12, duration_ms: int = 360) -> QPropertyAnimation:
    """Start the animation and return it (it ends where it started)."""
    origin = window.pos()
    animation = QPropertyAnimation(window, b"pos", window)
    animation.setDuration(duration_ms)
    animation.setEasingCurve(QEasingCurve.Type.Linear)
    steps = (0, distance, -distance, distance, -distance, distance // 2, 0)
    for index, dx in enumerate(steps):
        animation.setKeyValueAt(index / (len(steps) - 1), origin + QPoint(dx, 0))
    animation.start(QPropertyAnimation.DeletionPolicy.DeleteWhenStopped)
    return animation
