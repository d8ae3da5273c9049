"""LotsenDesk – Kassenbuch für WIR-Integrationslots*innen-Projekte in Hessen."""

__version__ = "0.4.0"

# When the process got this far: --self-test measures start-up from here (imports included).
import time as _time

STARTED = _time.perf_counter()
