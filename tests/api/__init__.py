"""Tests of the HTTP API and its storage."""
