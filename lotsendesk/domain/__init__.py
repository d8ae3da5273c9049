"""Pure rules of the WIR programme: parsing, validation, formatting. No Qt, no SQLAlchemy."""
