"""Preview links: a page's draft (or one of its revisions) shown to someone without an
account, through a secret address that expires and can be withdrawn.

A network page is often checked by the network's secretariat or an elected official who
has no account in the admin. Wagtail's preview needs a signed-in user with the right to
edit the page; sharing previews with people outside the CMS is still a plan on Wagtail's
roadmap (wagtail/roadmap#237 "Shareable previews", open; wagtail/wagtail#12282 shows the
admin preview address cannot be passed on). The two libraries that do it were read and
left aside:

- wagtail-sharing (cfpb) serves the latest revision of *every* page on another host name
  that the network must keep private: no per-page secret, no expiry, no withdrawal; its
  releases declare Wagtail 6 only.
- wagtaildraftsharing keeps its UUID keys in clear, replaces two templates of Wagtail's
  admin, and declares Wagtail 5 and 6 only (last release 2025).

So the portal keeps its own, small: the link (models.py), its address and the answer a
visitor gets (views.py: the revision rendered with Wagtail's ``make_preview_request``,
never stored by a cache, marked ``noindex``), the editors' screen (admin.py) and the
entries in the page's history (history.py).
"""
