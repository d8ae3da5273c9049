"""Guard against PySide6 6.12.0's lost reference to None (architecture.md): on Python 3.11 every void C++
call dropped one reference to ``None`` until the interpreter aborted with ``none_dealloc``. pyproject pins
``<6.12``; this test fails loudly if a broken build sneaks in anyway."""

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_leak_references_to_none() -> None:
    before = sys.getrefcount(None)
    o = QObject()
    for _ in range(2000):
        o.setObjectName("x")
    assert sys.getrefcount(None) >= before - 10
