"""Held-out gold batches of real news, annotated blind (see README.md here).

Batches below ``FIRST_NEVER_USED`` have been used for development (their errors read, the stance model
trained on them); batches from it on are never used: only aggregate scores are printed. Sessions move the
boundary up a few batches at a time; the README's last "**Never used: …**" line records it and a test holds
the two together.
"""

FIRST_NEVER_USED = 129
