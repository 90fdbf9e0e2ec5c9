"""Extraction: turn a Document's text into facts (positions, experience, ...) with evidence."""
