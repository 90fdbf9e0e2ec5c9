"""The rule language: job requirements as data, validated, and evaluated into Screenings."""
