"""The portal's own signals, for what Wagtail's signals do not say.

``live_page_changed``: a live page's row was written without a publication (a translation
taking its French page's figures while a translator's draft waits, for instance), or what
it shows changed without one (the day its facts were last checked, reviews/). What keeps
copies of pages (the page cache, the front, the fragments through a new generation of the
site tree) listens, as it does to ``page_published``; the code that changed the page need
not know who does.
"""

from django.dispatch import Signal

# Sent with ``sender`` (the page's class) and ``instance`` (the page, as now saved).
live_page_changed = Signal()
