"""The knowledge base: actors, places and organisations with Arabic names, aliases and dated roles.

``load_kb()`` gives the shipped KB (plus any user files); see ``rasd/kb/README.md``.
"""

from rasd.kb.base import Candidate, KnowledgeBase
from rasd.kb.load import load_kb

__all__ = ["Candidate", "KnowledgeBase", "load_kb"]
