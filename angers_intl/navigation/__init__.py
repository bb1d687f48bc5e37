"""The site as readers move through it: every live page of every language, kept once for
all workers (tree.py), and the address of a request resolved through it (routing.py)."""
