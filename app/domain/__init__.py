"""Domain: records, enums and rules of school counseling. Pure Python (no Qt, SQL or I/O)."""
