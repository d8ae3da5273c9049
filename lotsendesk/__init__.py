"""LotsenDesk – Kassenbuch für WIR-Integrationslots*innen-Projekte in Hessen."""

__version__ = "0.1.0"
