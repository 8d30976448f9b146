"""Corpus features: near-duplicates, story clusters, timelines, cross-article checks, intake, scale-out."""
