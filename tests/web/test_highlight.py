"""The highlighter: escaped text, well-nested spans, every layer marked."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import Claim, Document, Entity, Event, Flag, Mention, Span, Timex
from rasd.web.highlight import Mark, highlight_document, render_marks


class _Checker(HTMLParser):
    """Rebuilds the visible text (without notes) and checks tags nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.in_note = 0
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.stack.append(tag)
        if tag == "sup":
            self.in_note += 1

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"bad nesting at </{tag}>"
        self.stack.pop()
        if tag == "sup":
            self.in_note -= 1

    def handle_data(self, data):
        if not self.in_note:
            self.text.append(data)


def _parse(html: str) -> _Checker:
    c = _Checker()
    c.feed(html)
    c.close()
    assert not c.stack
    return c


def test_highlight_escapes_script_in_text():
    text = 'قال <script>alert("x")</script> الوزير'
    html = str(render_marks(text, [Mark(0, 3, ("cue",)), Mark(4, 12, ("x",))]))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert _parse(html).text and "".join(_parse(html).text) == text


def test_highlight_escapes_attribute_values():
    html = str(render_marks("abc", [Mark(0, 3, ("a",), (("title", '"><img src=x onerror=1>'),))]))
    assert "<img" not in html
    assert _parse(html).tags == ["span"]


def test_highlight_overlapping_spans_split_and_nest():
    text = "وزير الدفاع الروسي سيرجي شويجو"
    marks = [Mark(0, 11, ("a",)), Mark(5, 18, ("b",)), Mark(5, 30, ("c",))]
    html = str(render_marks(text, marks))
    parsed = _parse(html)
    assert "".join(parsed.text) == text
    assert html.count('class="a"') == 1
    assert html.count('class="b"') >= 1


def test_highlight_ignores_out_of_range_spans():
    html = str(render_marks("نص", [Mark(-1, 1, ("x",)), Mark(1, 9, ("y",)), Mark(1, 1, ("z",))]))
    assert html == "نص"


def test_highlight_note_shown_once_after_split_span():
    html = str(render_marks("abcdef", [Mark(0, 4, ("t",), note="2022-10"), Mark(2, 6, ("u",))]))
    assert html.count("2022-10") == 1
    assert "".join(_parse(html).text) == "abcdef"


def test_highlight_document_marks_every_layer():
    text = "قال وزير الدفاع لويد أوستن إنه اتصل اليوم الجمعة بنظيره <script>"
    doc = Document(id="d", text=text)
    i = text.index("لويد")
    doc.entities = [Entity(id="e1", name="Lloyd Austin", name_ar="لويد أوستن", type="PER")]
    doc.mentions = [Mention(i, i + 10, label="PER", entity="e1")]
    j = text.index("اليوم")
    doc.timexes = [Timex(j, j + 12, type="DATE", value="2022-10-21")]
    k = text.index("اتصل")
    doc.events = [Event(id="v1", code="CONSULT", trigger=Span(k, k + 4), source=["e1"])]
    doc.claims = [Claim(speaker="e1", cue=Span(0, 3), content=Span(27, len(text)), stance="assert")]
    doc.flags = [Flag(kind="typo", spans=[Span(4, 8)], message="<b>bad</b>")]
    html = str(highlight_document(doc))
    parsed = _parse(html)
    assert "".join(parsed.text) == text
    for cls in ("mention-PER", "timex", "event", "claim-cue", "claim-content", "flag"):
        assert cls in html
    assert "2022-10-21" in html and "CONSULT" in html
    assert "<b>" not in html and "<script>" not in html


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="اب <>&\"'\nج", max_size=30),
    spans=st.lists(st.tuples(st.integers(-2, 32), st.integers(-2, 32)), max_size=8),
)
def test_highlight_any_spans_give_well_nested_html_with_the_same_text(text, spans):
    marks = [Mark(s, e, ("k",), note="n" if s % 2 else None) for s, e in spans]
    parsed = _parse(str(render_marks(text, marks)))
    assert "".join(parsed.text) == text


def test_highlight_many_marks_on_a_long_text_is_fast():
    import time

    text = ("قال وزير الدفاع الروسي سيرجي شويجو " * 6000)[:200_000]
    marks = [Mark(i, i + 9, ("m",), note="x" if i % 3 else None) for i in range(0, 199_000, 40)]
    marks += [Mark(i, i + 500, ("c",)) for i in range(0, 199_000, 450)]
    t0 = time.perf_counter()
    html = str(render_marks(text, marks))
    assert time.perf_counter() - t0 < 2.0
    assert html.count('class="m"') >= len(marks) - 450
