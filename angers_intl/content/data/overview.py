"""The pages that show every network and recognition at once: the comparison tables and
the timeline. Their rows and years come from the other pages' structured fields; only
their titles and introductions are written here. See angers_intl/content/schema.py."""

PAGES = [
    {
        "key": "compare",
        "type": "overview.ComparisonPage",
        "parent": "home",
        "title": {"fr": "Comparer les réseaux", "en": "Compare the networks"},
        "slug": {"fr": "comparer-les-reseaux", "en": "compare-the-networks"},
        "text": {
            "summary": {
                "fr": "Les réseaux et les distinctions d’Angers côte à côte : membres, pays, population "
                "représentée, date de création, échelle et rôle d’Angers.",
                "en": "Angers’ networks and recognitions side by side: members, countries, population "
                "represented, year founded, scope and Angers’ role.",
            },
            "intro": {
                "fr": "<p>Chaque titre de colonne trie le tableau ; un second clic inverse l’ordre. "
                "Le nom d’un réseau ou d’une distinction mène à sa page.</p>",
                "en": "<p>Each column heading sorts the table; a second click reverses the order. "
                "The name of a network or recognition leads to its page.</p>",
            },
        },
        "data": {"show_in_menus": True},
    },
    {
        "key": "timeline",
        "type": "overview.TimelinePage",
        "parent": "home",
        "title": {"fr": "Repères", "en": "Timeline"},
        "slug": {"fr": "reperes", "en": "timeline"},
        "text": {
            "summary": {
                "fr": "Les dates de création des réseaux et des distinctions, l’adhésion d’Angers à "
                "chacun et les distinctions qu’elle a obtenues, année par année.",
                "en": "When the networks and recognitions were founded, when Angers joined each of "
                "them and the distinctions it obtained, year by year.",
            },
        },
        "data": {"show_in_menus": True},
    },
    {
        "key": "open-data",
        "type": "overview.OpenDataPage",
        "parent": "home",
        "title": {"fr": "Données ouvertes", "en": "Open data"},
        "slug": {"fr": "donnees-ouvertes", "en": "open-data"},
        "text": {
            "summary": {
                "fr": "Les réseaux et les distinctions d’Angers à télécharger (CSV, JSON) sous Licence "
                "Ouverte, et l’API qui les sert.",
                "en": "Angers’ networks and recognitions to download (CSV, JSON) under the Open "
                "Licence, and the API that serves them.",
            },
        },
    },
]
