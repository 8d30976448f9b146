"""UI labels in Arabic and English; article content stays Arabic whatever the UI language."""

from __future__ import annotations

LANGS = ("ar", "en")
DEFAULT_LANG = "ar"
COOKIE = "rasd_lang"

# key: (Arabic, English)
# English labels have no final full stop: in the right-to-left layout it would show at the wrong end.
LABELS: dict[str, tuple[str, str]] = {
    "app": ("رصد", "rasd"),
    "tagline": ("أخبار عربية ← كيانات وتواريخ وأحداث وتصريحات", "Arabic news → entities, dates, events, claims"),
    "home": ("الرئيسية", "Home"),
    "articles": ("المقالات", "Articles"),
    "latest": ("أحدث المقالات", "Latest articles"),
    "results": ("نتائج البحث", "Search results"),
    "events": ("الأحداث", "Events"),
    "entities": ("الكيانات", "Entities"),
    "stories": ("القصص", "Stories"),
    "entity": ("كيان", "Entity"),
    "api_docs": ("واجهة البرمجة", "API docs"),
    "search": ("بحث", "Search"),
    "search_ph": ("ابحث في المقالات…", "Search articles…"),
    "filter": ("تصفية", "Filter"),
    "reset": ("مسح", "Reset"),
    "json": ("JSON", "JSON"),
    "switch": ("English", "العربية"),
    "no_results": ("لا نتائج.", "No results"),
    "total": ("المجموع", "Total"),
    "prev": ("السابق", "Previous"),
    "next": ("التالي", "Next"),
    "date": ("التاريخ", "Date"),
    "from": ("من", "From"),
    "to": ("إلى", "To"),
    "source": ("المصدر", "Source"),
    "title": ("العنوان", "Title"),
    "untitled": ("(بلا عنوان)", "(untitled)"),
    "declared_date": ("التاريخ المعلن", "Declared date"),
    "published": ("تاريخ النشر المستنتج", "Inferred publication date"),
    "confidence": ("الثقة", "Confidence"),
    "candidates": ("تواريخ محتملة", "Candidates"),
    "evidence": ("الأدلة", "Evidence"),
    "conflicts": ("تعارضات", "Conflicts"),
    "layers": ("الطبقات", "Layers"),
    "mentions": ("الأسماء", "Mentions"),
    "timexes": ("التعبيرات الزمنية", "Time expressions"),
    "claims": ("التصريحات", "Claims"),
    "flags": ("تنبيهات", "Flags"),
    "code": ("الرمز", "Code"),
    "actor": ("الفاعل", "Actor"),
    "source_actor": ("الفاعل", "Source"),
    "target_actor": ("المفعول به", "Target"),
    "modality": ("الصيغة", "Modality"),
    "any": ("الكل", "Any"),
    "trigger": ("الكلمة الدالة", "Trigger"),
    "article": ("المقال", "Article"),
    "speaker": ("المتحدث", "Speaker"),
    "stance": ("الموقف", "Stance"),
    "type": ("النوع", "Type"),
    "name": ("الاسم", "Name"),
    "role": ("الدور", "Role"),
    "roles": ("الأدوار", "Roles"),
    "country": ("البلد", "Country"),
    "aliases": ("أسماء أخرى", "Aliases"),
    "timeline": ("الخط الزمني", "Timeline"),
    "co_occurring": ("فاعلون يظهرون معه", "Co-occurring actors"),
    "in_articles": ("في المقالات", "In articles"),
    "value": ("القيمة", "Value"),
    "message": ("الرسالة", "Message"),
    "kind": ("النوع", "Kind"),
    "error": ("خطأ", "Error"),
    "not_found": ("غير موجود", "Not found"),
    "stats": ("في المخزن", "In the store"),
    "documents": ("مقالات", "articles"),
    "analyze": ("تحليل نص", "Analyse text"),
    "analyze_text": ("نص المقال", "Article text"),
    "analyze_btn": ("حلّل", "Analyse"),
    "analyze_help": ("الصق مقالاً عربياً لترى كياناته وتواريخه وأحداثه وتصريحاته.",
                     "Paste an Arabic article to see its entities, dates, events and claims"),
    "stored": ("حُفظ المقال في المخزن.", "The article was stored"),
    "not_stored": ("معاينة فقط: لم يُحفظ المقال (الخادم للقراءة فقط).",
                   "Preview only: not stored (the server is read-only)"),
    "PER": ("شخص", "Person"),
    "ORG": ("منظمة", "Organisation"),
    "LOC": ("مكان", "Place"),
    "MISC": ("أخرى", "Other"),
}


def pick_lang(query_lang: str | None, cookie_lang: str | None) -> str:
    """The UI language: ``?lang=`` first, then the cookie, then Arabic."""
    for cand in (query_lang, cookie_lang):
        if cand in LANGS:
            return cand
    return DEFAULT_LANG


def translator(lang: str):
    """A ``t(key)`` function for templates; unknown keys show the key itself."""
    idx = 0 if lang == "ar" else 1

    def t(key: str) -> str:
        pair = LABELS.get(key)
        return pair[idx] if pair else key

    return t
