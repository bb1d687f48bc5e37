"""Serving from caches: the page cache's policy, the site tree, what a change makes stale
and the purge of both the app's cache and the front (see DESIGN.md, "Serving")."""
