"""The encrypted store: SQLCipher connection, migrations, lock, repositories. All SQL lives here."""
