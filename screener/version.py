"""The engine version, recorded in every Screening's provenance."""

__version__ = "0.2.0"
