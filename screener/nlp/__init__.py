"""The spaCy pipeline and its components: sections, dates, degrees, skills, certifications."""
