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


def test_geo_arabic_names_survive_geonames_direction_marks():
    from rasd.kb.geo import _arabic_names
    # geonames ends some Arabic names with a left-to-right mark; the town must keep its name
    assert _arabic_names(["hfr albatn\u200e", "حفر الباطن\u200e"]) == ["حفر الباطن"]
    assert _arabic_names(["دَالِيَةُ ٱلْكَرْمِل\u200e"]) == ["دالية الكرمل"]
    assert _arabic_names(["باب\u200cالزوار"]) == ["باب الزوار"]
    assert _arabic_names(["گذار\u200e)", "Riha\u200e"]) == []


def test_shipped_kb_knows_saudi_towns_geonames_marks():
    from rasd.kb.load import load_kb
    kb = load_kb()
    assert [c.id for c in kb.lookup("حفر الباطن")][:1] == ["geo:106297"]
