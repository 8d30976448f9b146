"""Surface forms of Arabic verbs for trigger and cue lexicons (folded, no diacritics).

Generated once when a lexicon is built or loaded, so stages only look words up.

>>> sorted(past_forms("نفى"))[:3]
['نفت', 'نفتا', 'نفوا']
>>> "بدات" in past_forms("بدأ") and "يبداون" in present_forms("يبدأ")
True
"""

from __future__ import annotations

from rasd.arabic.normalize import fold

# A final hamza (بدأ، يهنئ) folds to the letter of a defective verb (بدا "seemed"), whose forms drop it: a verb
# given with its hamza keeps the sound forms (بدأت → بدات، يبدأون → يبداون).
_HAMZAS = ("أ", "ء", "ؤ", "ئ")


def past_forms(past: str) -> set[str]:
    """Perfect-tense forms of a 3rd-person verb: ``اتهم`` → اتهم، اتهمت، اتهموا، اتهما …"""
    p = fold(past)
    if p.endswith(("ي", "ا")) and len(p) > 2 and not past.endswith(_HAMZAS):  # defective: نفى → نفت ; دعا → دعت
        s = p[:-1]
        return {p, s + "ت", s + "وا", s + "يا", s + "تا", s + "وت"}
    return {p, p + "ت", p + "وا", p + "ا", p + "تا", p + "ن", p + "نا"}


def present_forms(present: str) -> set[str]:
    """Imperfect forms (with the future prefix سـ): ``يتهم`` → يتهم، تتهم، يتهمون، ستتهم …"""
    y = fold(present)
    if not y.startswith("ي"):
        return {y}
    stem = y[1:]
    bases = {"ي" + stem, "ت" + stem, "ن" + stem, "ا" + stem}
    plural = {"ي" + stem, "ت" + stem}
    if stem.endswith(("ي", "و", "ا")) and not present.endswith(_HAMZAS):  # defective: ينفي → ينفون ; يدعو → يدعون
        plural_forms = {b[:-1] + suf for b in plural for suf in ("ون", "وا", "ان", "يان", "يا")}
    else:
        plural_forms = {b + suf for b in plural for suf in ("ون", "وا", "ان", "ا")}
    forms = bases | plural_forms
    return forms | {"س" + f for f in forms}


def verb_forms(spec: str) -> set[str]:
    """All surface forms of ``"past|present"`` (either part may list several alternatives)."""
    forms: set[str] = set()
    for alt in spec.split("|"):
        alt = alt.strip()
        if not alt:
            continue
        f = fold(alt)
        forms |= present_forms(alt) if f.startswith("ي") and len(f) > 3 else past_forms(alt)
    return forms


# Words that negate what follows them: لم يقصف، لن تشارك، دون تدخل، غير صحيح.
NEGATIONS = frozenset(fold(w) for w in "لا لم لن ليس ليست عدم دون بدون غير".split())


def is_future_form(key: str) -> bool:
    """True for a folded word that reads as a verb in the future: س before a present prefix (سيزور، ستبدأ، سنعمل)."""
    return key[:1] == "س" and key[1:2] in ("ي", "ت", "ن")
