"""Key slots, recovery codes, the audit chain and (later) sealed committee reports."""
