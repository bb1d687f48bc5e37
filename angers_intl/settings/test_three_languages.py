"""Tests with a third language (German): the representative subset `make test` runs a second
time, so that nothing can assume two languages again. Every language setting is derived
from PORTAL_LANGUAGES in base.py; this sets it before base.py reads it."""

import os

os.environ["PORTAL_LANGUAGES"] = "fr,en,de"

from .test import *  # noqa: E402, F403
