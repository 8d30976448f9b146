"""Country names and nationality adjectives (rasd.kb.geo)."""

import pytest

from rasd.kb.geo import adjective_forms, adjective_stem


@pytest.mark.parametrize("country,adj", [
    ("روسيا", "روسي"), ("أوكرانيا", "أوكراني"), ("مصر", "مصري"), ("الأردن", "أردني"),
    ("السعودية", "سعودي"), ("فرنسا", "فرنسي"), ("إيران", "إيراني"), ("الصين", "صيني"),
])
def test_geo_adjective_stem_by_rule(country, adj):
    assert adjective_stem(country) == adj


def test_geo_adjective_stem_leaves_multiword_names_to_the_table():
    assert adjective_stem("الولايات المتحدة") is None


def test_geo_adjective_forms_inflect():
    forms = adjective_forms("روسي")
    assert {"الروسي", "الروسية", "روسية", "الروسيين"} <= set(forms)
