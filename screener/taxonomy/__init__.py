"""Versioned vocabulary data (skills, certifications, degrees, fields) and its loaders.

The vocabulary lives in the YAML files next to this module; the Python code only
describes and validates it. Typical use::

    from screener.taxonomy import load_skills, load_fields

    skills = load_skills()
    skills.lookup("PySpark").id            # 'pyspark'
    skills.implied("spring-boot")          # frozenset({'spring', 'java'})
    load_fields().is_related("computer-science", "data-science")   # True
"""

from screener.taxonomy.base import SurfaceForm
from screener.taxonomy.certifications import CertificationCatalog, CertificationEntry
from screener.taxonomy.degrees import (
    LEVEL_ORDER,
    DegreeCatalog,
    DegreeForm,
    DegreeLevel,
    DegreeLevelId,
    StatusMarkers,
)
from screener.taxonomy.fields import FieldEntry, FieldTaxonomy
from screener.taxonomy.loader import (
    load_certifications,
    load_degrees,
    load_fields,
    load_skills,
    taxonomy_versions,
)
from screener.taxonomy.skills import SkillCategory, SkillEntry, SkillTaxonomy

__all__ = [
    "LEVEL_ORDER",
    "CertificationCatalog",
    "CertificationEntry",
    "DegreeCatalog",
    "DegreeForm",
    "DegreeLevel",
    "DegreeLevelId",
    "FieldEntry",
    "FieldTaxonomy",
    "SkillCategory",
    "SkillEntry",
    "SkillTaxonomy",
    "StatusMarkers",
    "SurfaceForm",
    "load_certifications",
    "load_degrees",
    "load_fields",
    "load_skills",
    "taxonomy_versions",
]
