"""PDF documents drawn with reportlab (Qt-free)."""
