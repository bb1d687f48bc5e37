"""Search: the page at /recherche/ (/en/search/) and the PostgreSQL backend that indexes
each page with the text search configuration of its own language."""
