"""Persistence: SQLAlchemy 2 typed ORM models, the engine with its pragmas, Alembic migrations."""
