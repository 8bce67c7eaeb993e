"""Readers and writers of Word, EDGAR text/HTML and project files (no Qt)."""
