"""The editorial side of the admin: who does what (roles and the review workflow), which
English pages lag behind their French source, the guards put on wagtail-localize's
screens, and what the dashboard and the content checker show staff.

``angers_intl/wagtail_hooks.py`` registers these with Wagtail and holds no logic itself.
"""
