"""Arabic function words that stages on both sides of the pipeline read text by.

Folded forms (``rasd.arabic.normalize.fold``), so they compare with token norms directly.
"""

from __future__ import annotations

from rasd.arabic.normalize import fold

# Prepositions written as words (في، على، مع …): they end a noun phrase and open a complement
# (قائد التنظيم في بنغلادش، دعا الحكومة إلى الحوار).
PREPOSITIONS = frozenset(fold(w) for w in "في من إلى الى على عن مع حول ضد بين لدى عبر نحو تجاه بحق".split())
# The two prepositions most rules read alone, folded: إلى (whom a call or charge goes to) and على (who
# something is laid on, what an attack hit).
TO = fold("إلى")
ON = fold("على")
# The comma, Arabic or Latin (folded, the Arabic one reads as the Latin).
COMMAS = frozenset(fold(w) for w in "، ,".split())
# Quotation marks, straight and curly, Arabic and Latin (« » “ ” ").
QUOTE_MARKS = frozenset(fold(w) for w in '" « » “ ”'.split())
