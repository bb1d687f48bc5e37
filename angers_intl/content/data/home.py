"""The home page. See angers_intl/content/schema.py for what each entry holds."""

PAGES = [
    {
        "key": "home",
        "type": "angers_intl.HomePage",
        "parent": None,
        "title": {"fr": "Angers International", "en": "Angers International"},
        "slug": {"fr": "accueil", "en": "home"},
        "text": {
            "summary": {
                "fr": "L’engagement international de la ville d’Angers : les réseaux de villes et les "
                "réseaux thématiques auxquels elle participe, et les distinctions internationales "
                "qu’elle a reçues.",
                "en": "The international engagement of the city of Angers: the city networks and "
                "thematic networks it takes part in, and the international recognitions it has "
                "received.",
            },
            "intro": {
                "fr": "<p>La ville d’Angers s’engage dans la coopération internationale et participe "
                "activement aux réseaux de villes européens et internationaux, pour se former, "
                "s’informer, innover et échanger. Cette participation lui permet aussi de faire "
                "entendre sa voix auprès des instances communautaires et des institutions "
                "internationales, et de contribuer aux décisions et aux politiques publiques afin de "
                "mieux répondre aux besoins locaux.</p>"
                "<p>Véritables plateformes internationales, les réseaux de villes sont un outil de "
                "choix pour faire connaître les bonnes pratiques d’Angers, son territoire et ses "
                "acteurs. Ils inscrivent aussi la ville dans une démarche d’apprentissage permanent, "
                "qui contribue à faire d’Angers une ville modèle dans de nombreux domaines.</p>",
                "en": "<p>The city of Angers is committed to international cooperation efforts and is "
                "taking an active part in European and international city networks, in order to "
                "train, inform, innovate, and exchange. Additionally, it allows for the city's voice "
                "to be represented to Community bodies and international institutions, and to "
                "contribute to decisions and policy-making aimed at better meeting local needs.</p>"
                "<p>A genuine international platform, the city networks are a veritable tool for "
                "promoting Angers' best practices, the region, and its actors. The networks also "
                "enable the city to be part of a perpetual learning approach that contributes to "
                "making Angers a model city in multiple areas.</p>",
            },
        },
    },
]
