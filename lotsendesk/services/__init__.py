"""Use cases, one transaction each. The only layer that opens sessions; returns plain data."""
