"""The thematic networks section: the Global Covenant of Mayors and Educating Cities. See angers_intl/content/schema.py for what each entry holds."""

PAGES = [
    {
        "key": "thematic-networks",
        "type": "networks.NetworkIndexPage",
        "parent": "home",
        "title": {"fr": "Réseaux thématiques", "en": "Thematic networks"},
        "slug": {"fr": "reseaux-thematiques", "en": "thematic-networks"},
        "text": {
            "summary": {
                "fr": "Les réseaux de villes engagées autour d’une même cause auxquels Angers "
                "participe : le climat et l’énergie, l’éducation.",
                "en": "The networks of cities committed to a shared cause that Angers takes part in: "
                "climate and energy, education.",
            },
            "intro": {
                "fr": "<p>Au-delà des réseaux de villes généralistes, Angers s’engage dans des réseaux "
                "thématiques : la Convention mondiale des maires pour le climat et l’énergie et "
                "l’Association internationale des villes éducatrices.</p>",
                "en": "<p>Beyond general city networks, Angers is committed to thematic networks: the "
                "Global Covenant of Mayors for Climate and Energy and the International Association "
                "of Educating Cities.</p>",
            },
        },
    },
    {
        "key": "gcom",
        "type": "networks.ThematicNetworkPage",
        "parent": "thematic-networks",
        "title": {
            "fr": "Convention mondiale des maires pour le climat et l’énergie",
            "en": "Global Covenant of Mayors for Climate and Energy",
        },
        "slug": {"fr": "convention-mondiale-des-maires", "en": "global-covenant-of-mayors"},
        "logo": "GCoM",
        "text": {
            "figures_source": {
                "fr": "la Convention mondiale des maires",
                "en": "the Global Covenant of Mayors",
            },
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Un réseau international de villes engagées contre le changement climatique : "
                "{membres} villes membres dans {pays} pays, qui représentent {population}.",
                "en": "An international network of cities dedicated to the fight against climate "
                "change: {membres} member cities from {pays} countries, representing {population}.",
            },
            "acronym": {"fr": "GCoM", "en": "GCoM"},
            "own_language_name": {
                "fr": "Global Covenant of Mayors for Climate and Energy",
                "en": "Global Covenant of Mayors for Climate and Energy",
            },
            "member_description": {"fr": "villes", "en": "cities"},
            "population_represented": {
                "fr": "plus d’un milliard d’habitants",
                "en": "a population of over 1 billion",
            },
            "angers_role": {"fr": "membre", "en": "member"},
        },
        "data": {
            "own_language": "en",
            "member_count": 12761,
            "member_count_is_minimum": False,
            "country_count": 142,
            "population_count": 1000000000,
            "population_is_minimum": True,
            "scope": "worldwide",
            "theme": "climate_energy",
            "website": "https://www.globalcovenantofmayors.org/",
            "website_language": "en",
        },
        "targets": [
            {
                "target": {
                    "fr": "Réduire les émissions de CO2 par des solutions locales coordonnées, au "
                    "service d’une action mondiale",
                    "en": "Reduce CO2 emissions through coordinated local solutions for global action",
                },
                "deadline": 2030,
            },
            {
                "target": {
                    "fr": "Bâtir une société résiliente et sobre en carbone (vision à long terme)",
                    "en": "Develop a resilient, low-emission society (long-term vision)",
                },
                "deadline": None,
            },
        ],
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>La Convention des maires est un réseau international de villes engagées "
                    "dans la lutte contre le changement climatique. Avec ses {membres} villes membres, "
                    "qui représentent {population} dans {pays} pays, la GCoM veut apporter "
                    "des solutions locales coordonnées à une action mondiale de réduction des émissions "
                    "de CO2 d’ici 2030, avec pour horizon, à long terme, une société résiliente et sobre "
                    "en carbone.</p>",
                    "en": "<p>The Covenant of Mayors is an international network of cities dedicated to "
                    "the fight against climate change. The objective of the GCoM and its {membres} member "
                    "cities, representing {population} from {pays} countries, is to "
                    "provide coordinated local solutions for global action to reduce CO2 emissions by "
                    "2030, with a long-term vision in developing a resilient, low-emission society.</p>",
                },
            ),
        ],
    },
    {
        "key": "edcities",
        "type": "networks.ThematicNetworkPage",
        "parent": "thematic-networks",
        "title": {
            "fr": "Association internationale des villes éducatrices",
            "en": "International Association of Educating Cities",
        },
        "slug": {"fr": "villes-educatrices", "en": "educating-cities"},
        "logo": "EdCities",
        "text": {
            "figures_source": {
                "fr": "l’Association internationale des villes éducatrices",
                "en": "the International Association of Educating Cities",
            },
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Fondée en {création}, l’association rassemble {membres} villes dans {pays} pays, "
                "engagées par la Charte des villes éducatrices.",
                "en": "Founded in {création}, EdCities brings together {membres} cities in {pays} countries "
                "committed to the Charter of Educating Cities.",
            },
            "acronym": {"fr": "EdCities", "en": "EdCities"},
            "own_language_name": {
                "fr": "International Association of Educating Cities",
                "en": "International Association of Educating Cities",
            },
            "member_description": {
                "fr": "villes engagées par la Charte des villes éducatrices",
                "en": "cities committed to the Charter of Educating Cities",
            },
            "angers_role": {"fr": "membre", "en": "member"},
            "charter_name": {
                "fr": "Charte des villes éducatrices",
                "en": "Charter of Educating Cities",
            },
        },
        "data": {
            "own_language": "en",
            "founding_year": 1994,
            "member_count": 500,
            "member_count_is_minimum": True,
            "country_count": 34,
            "scope": "worldwide",
            "theme": "education",
            "website": "https://www.edcities.org/",
            "website_language": "en",
        },
        "targets": [
            {
                "target": {
                    "fr": "Promouvoir l’apprentissage tout au long de la vie",
                    "en": "Promote lifelong learning",
                },
                "deadline": None,
            },
            {
                "target": {
                    "fr": "Mobiliser tous les acteurs de l’éducation",
                    "en": "Mobilise all educational members",
                },
                "deadline": None,
            },
            {
                "target": {
                    "fr": "Faire de l’éducation un axe de développement stratégique",
                    "en": "Define education as an axis of strategic development",
                },
                "deadline": None,
            },
        ],
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Fondée en {création} et forte de {membres} villes dans {pays} pays, l’Association "
                    "internationale des villes éducatrices (EdCities) rassemble des collectivités "
                    "locales engagées par la Charte des villes éducatrices.</p>"
                    "<p>Elle promeut l’apprentissage tout au long de la vie, la mobilisation de tous les "
                    "acteurs de l’éducation et la reconnaissance de l’éducation comme axe de "
                    "développement stratégique. Elle accompagne ses membres dans la coordination de "
                    "projets et le partage de bonnes pratiques.</p>",
                    "en": "<p>Founded in {création}, including {membres} cities in {pays} countries, the "
                    "International Association of Educating Cities (EdCities) brings together local "
                    "governments committed to the Charter of Educating Cities.</p>"
                    "<p>Promoting lifelong learning, the mobilization of all educational members and the "
                    "definition of education as an axis of strategic development, EdCities supports its "
                    "members in coordinating projects and sharing best practices.</p>",
                },
            ),
        ],
    },
]
