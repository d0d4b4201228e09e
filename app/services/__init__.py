"""Use cases over the domain and the store. Each write = one transaction + one audit entry."""
