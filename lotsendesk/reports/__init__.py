"""PDF documents (reportlab platypus, A4, German, DejaVu Sans embedded).

Reports take plain dataclasses from the services and never query the database. ``base`` holds what every
document shares (fonts, styles, header/footer, escaping, tables, signature blocks, atomic writing); each
document has its own module (``quittung``, …).
"""
