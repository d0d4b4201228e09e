"""County bundles: anonymize, sign, encrypt, write; verify, decrypt, import."""
