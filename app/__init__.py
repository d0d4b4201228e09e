"""XinAn (心安): offline case management for school psychological counseling stations."""

__version__ = "0.1.0"
