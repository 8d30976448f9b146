from rasd.arabic.normalize import fold
from rasd.train.city_names import CityCounts, count_city_words, select_cities


def test_city_names_count_occurrences_after_a_place_noun_with_proclitics():
    c = count_city_words(["وصل إلى محافظة الطائف وبالطائف. وفي ولاية صفاقس."], {fold("الطائف"), fold("صفاقس")})
    assert c.total[fold("الطائف")] == 2 and c.after[fold("الطائف")] == 1
    assert c.after[fold("صفاقس")] == 1


def test_city_names_keep_towns_and_drop_common_words_and_place_nouns():
    c = CityCounts()
    for w, total, after in (("الطائف", 200, 60), ("بيان", 3000, 2), ("المدينة", 5000, 900), ("قليل", 20, 20)):
        c.total[fold(w)], c.after[fold(w)] = total, after
    # a common word (never after a place noun), a place noun itself, and a rare word are left out
    assert select_cities(c) == [fold("الطائف")]
