"""Small reusable widgets of the shell."""
