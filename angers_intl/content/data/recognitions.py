"""The international recognitions section and its five labels and prizes. See angers_intl/content/schema.py for what each entry holds."""

PAGES = [
    {
        "key": "recognitions",
        "type": "recognitions.RecognitionIndexPage",
        "parent": "home",
        "title": {"fr": "Reconnaissance internationale", "en": "International recognition"},
        "slug": {"fr": "reconnaissance-internationale", "en": "international-recognition"},
        "text": {
            "summary": {
                "fr": "Les labels, engagements et prix internationaux de la ville d’Angers : nature en "
                "ville, environnement, bien-être des aînés, engagement européen.",
                "en": "The international labels, commitments and prizes of the city of Angers: urban "
                "nature, the environment, the well-being of older residents, European commitment.",
            },
            "intro": {
                "fr": "<p>Des organisations internationales et européennes distinguent l’action de la "
                "ville d’Angers en faveur de la nature en ville, de l’environnement, du bien-être de "
                "ses aînés et de l’idéal européen.</p>",
                "en": "<p>International and European organisations recognise the action of the city "
                "of Angers in favour of nature in the city, the environment, the well-being of its "
                "elderly residents and the European ideal.</p>",
            },
        },
    },
    {
        "key": "tree-cities",
        "type": "recognitions.RecognitionPage",
        "parent": "recognitions",
        "title": {"fr": "Tree Cities of the World", "en": "Tree Cities of the World"},
        "slug": {"fr": "tree-cities-of-the-world", "en": "tree-cities-of-the-world"},
        "logo": "Tree Cities",
        "text": {
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Une distinction pour les villes qui mènent des politiques et des actions en "
                "faveur de la forêt urbaine et de la végétation en ville.",
                "en": "A reward to cities that have implemented policies and actions in favour of "
                "urban forests and urban greenery.",
            },
            "own_language_name": {"fr": "Tree Cities of the World", "en": "Tree Cities of the World"},
            "awarding_body": {
                "fr": "une organisation des Nations unies, selon la Ville d’Angers",
                "en": "an organisation of the United Nations, according to the City of Angers",
            },
            "rewards": {
                "fr": "Elle récompense les villes qui ont mis en place des politiques et des actions en "
                "faveur de la forêt urbaine et de la végétation en ville, pour promouvoir une approche "
                "respectueuse de l’environnement et une gestion durable de la nature en ville.",
                "en": "A reward to cities that have implemented policies and actions in favour of "
                "urban forests and urban greenery, to promote an environmentally-friendly approach and "
                "sustainable management of nature in the city.",
            },
        },
        "data": {
            "own_language": "en",
            "scope": "worldwide",
            "website": "https://treecitiesoftheworld.org/",
            "website_language": "en",
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Angers compte parmi les villes distinguées par Tree Cities of the World "
                    "(« villes arborées du monde »), une reconnaissance que la Ville d’Angers présente "
                    "comme portée par une organisation des Nations unies.</p>",
                    "en": "<p>Angers is among the cities recognised by Tree Cities of the World, a "
                    "recognition the City of Angers presents as coming from an organisation of the "
                    "United Nations.</p>",
                },
            ),
        ],
    },
    {
        "key": "green-cities-accord",
        "type": "recognitions.RecognitionPage",
        "parent": "recognitions",
        "title": {"fr": "Green Cities Accord", "en": "Green Cities Accord"},
        "slug": {"fr": "green-cities-accord", "en": "green-cities-accord"},
        "logo": "GCA",
        "text": {
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Un mouvement de villes européennes engagées pour préserver l’environnement, "
                "avec des objectifs ciblés dans 5 domaines d’ici 2030.",
                "en": "A movement by European cities committed to preserving the environment, with "
                "targeted goals in 5 areas by 2030.",
            },
            "own_language_name": {"fr": "Green City Accord", "en": "Green City Accord"},
            "awarding_body": {"fr": "Commission européenne", "en": "European Commission"},
            "rewards": {
                "fr": "Un mouvement de villes européennes engagées pour préserver l’environnement.",
                "en": "A movement by European cities committed to preserving the environment.",
            },
        },
        "data": {
            "own_language": "en",
            "scope": "european",
            "website": "https://environment.ec.europa.eu/topics/urban-environment/green-city-accord_fr",
            "website_language": "fr",
        },
        "commitments": [
            {
                "target": {
                    "fr": "Atteindre des objectifs ciblés dans 5 domaines : air, eau, nature et "
                    "biodiversité, économie circulaire et déchets, bruit",
                    "en": "Achieve targeted goals in 5 areas: air, water, nature and biodiversity, "
                    "circular economy and waste, noise",
                },
                "deadline": 2030,
            },
        ],
        "body": [
            (
                "key_figures",
                [
                    {
                        "value": {"fr": "5", "en": "5"},
                        "label": {"fr": "domaines d’action", "en": "areas of action"},
                    },
                    {
                        "value": {"fr": "2030", "en": "2030"},
                        "label": {"fr": "échéance des objectifs", "en": "deadline for the goals"},
                    },
                ],
            ),
            (
                "paragraph",
                {
                    "fr": "<p>Les villes signataires du Green Cities Accord (« accord pour des villes "
                    "vertes »), dont Angers, s’engagent à agir davantage pour atteindre, d’ici 2030, des "
                    "objectifs ciblés dans 5 domaines :</p>"
                    "<ul>"
                    "<li>l’air ;</li>"
                    "<li>l’eau ;</li>"
                    "<li>la nature et la biodiversité ;</li>"
                    "<li>l’économie circulaire et les déchets ;</li>"
                    "<li>le bruit.</li>"
                    "</ul>",
                    "en": "<p>The signatories of the Green Cities Accord, Angers among them, are "
                    "committed to taking further action to achieve targeted goals in 5 areas by "
                    "2030:</p>"
                    "<ul>"
                    "<li>air;</li>"
                    "<li>water;</li>"
                    "<li>nature and biodiversity;</li>"
                    "<li>circular economy and waste;</li>"
                    "<li>noise.</li>"
                    "</ul>",
                },
            ),
        ],
    },
    {
        "key": "age-friendly",
        "type": "recognitions.RecognitionPage",
        "parent": "recognitions",
        "title": {"fr": "Ville amie des aînés", "en": "Age-friendly City"},
        "slug": {"fr": "ville-amie-des-aines", "en": "age-friendly-city"},
        "logo": "VADA",
        "text": {
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Le label de l’Organisation mondiale de la santé pour les communes engagées à "
                "améliorer le bien-être de leurs habitants âgés.",
                "en": "The World Health Organization's label for municipalities committed to improving "
                "the well-being of elderly residents in their area.",
            },
            "own_language_name": {"fr": "Ville Amie des Aînés", "en": "Ville Amie des Aînés"},
            "awarding_body": {
                "fr": "Organisation mondiale de la santé",
                "en": "World Health Organization",
            },
            "rewards": {
                "fr": "Il récompense les communes engagées pour améliorer le bien-être des habitants "
                "âgés de leur territoire (politiques publiques, urbanisme…).",
                "en": "Rewards municipalities committed to improving the well-being of elderly "
                "residents in their area (public policies, urban planning...).",
            },
        },
        "data": {
            "own_language": "fr",
            "scope": "worldwide",
            "website": "https://extranet.who.int/agefriendlyworld/",
            "website_language": "en",
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Décerné dans le cadre de l’Organisation mondiale de la santé, le label "
                    "Ville amie des aînés (Age-friendly Cities) fait entrer les communes distinguées, "
                    "dont Angers, dans le réseau des villes amies des aînés.</p>",
                    "en": "<p>Awarded under the World Health Organization, the Ville Amie des Aînés "
                    "(Age-friendly Cities) label brings the municipalities it recognises, Angers among "
                    "them, into the network of age-friendly cities.</p>",
                },
            ),
        ],
    },
    {
        "key": "european-city",
        "type": "recognitions.RecognitionPage",
        "parent": "recognitions",
        "title": {"fr": "Ville européenne", "en": "European City"},
        "slug": {"fr": "ville-europeenne", "en": "european-city"},
        "logo": "VE",
        "text": {
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Un label qui récompense l’engagement européen des communes : actions "
                "symboliques et pratiques éducatives, de coopération, citoyennes et culturelles.",
                "en": "A label rewarding municipalities for their European commitment to symbolic "
                "actions and educational, cooperative, civic, and cultural practices.",
            },
            "own_language_name": {"fr": "Ville Européenne", "en": "Ville Européenne"},
            "rewards": {
                "fr": "Il récompense les communes pour leur engagement européen, à travers des actions "
                "symboliques et des pratiques éducatives, de coopération, citoyennes et culturelles.",
                "en": "Rewards municipalities for their European commitment to symbolic actions and "
                "educational, cooperative, civic, and cultural practices.",
            },
        },
        "data": {
            "own_language": "fr",
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Angers compte parmi les communes distinguées par le label Ville "
                    "européenne pour leur engagement européen.</p>",
                    "en": "<p>Angers is among the municipalities awarded the Ville Européenne (European "
                    "City) label for their European commitment.</p>",
                },
            ),
        ],
    },
    {
        "key": "europe-prize",
        "type": "recognitions.RecognitionPage",
        "parent": "recognitions",
        "title": {"fr": "Prix de l’Europe", "en": "The Europe Prize"},
        "slug": {"fr": "prix-de-l-europe", "en": "europe-prize"},
        "logo": "Prix de l’Europe",
        "text": {
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Créé en 1955 par l’Assemblée parlementaire du Conseil de l’Europe, le Prix de "
                "l’Europe récompense les communes particulièrement actives pour l’idéal européen. "
                "Selon la Ville d’Angers, Angers en a reçu les deux premiers niveaux (une Plaque "
                "d’honneur).",
                "en": "Created in 1955 by the Parliamentary Assembly of the Council of Europe, the "
                "Europe Prize rewards municipalities particularly active in promoting European ideals. "
                "According to the City of Angers, Angers was awarded its first two levels (a Plaque "
                "of Honour).",
            },
            "own_language_name": {"fr": "Prix de l'Europe", "en": "Prix de l'Europe"},
            "awarding_body": {
                "fr": "Assemblée parlementaire du Conseil de l’Europe",
                "en": "Parliamentary Assembly of the Council of Europe",
            },
            "rewards": {
                "fr": "Il récompense les communes particulièrement actives dans la promotion de "
                "l’idéal européen.",
                "en": "It rewards municipalities particularly active in promoting European ideals.",
            },
        },
        "data": {
            "own_language": "fr",
            "year_created": 1955,
            "scope": "european",
            "website": "https://www.coe.int/en/web/europe-prize-exhibition",
            "website_language": "en",
        },
        # The Council of Europe's four successive distinctions. The City of Angers writes "the
        # first 2 levels of this prize (A plaque of honor)", while the Plaque of Honour is the
        # third: each level shows the city's own words, and none is marked as obtained.
        "levels": [
            {
                "name": {"fr": "Diplôme européen", "en": "European Diploma"},
                "description": {"fr": "première distinction", "en": "first distinction"},
                "obtained": False,
                "year_obtained": None,
                "statement": {
                    "fr": "les deux premiers niveaux de ce prix",
                    "en": "the first 2 levels of this prize",
                },
            },
            {
                "name": {"fr": "Drapeau d’honneur", "en": "Flag of Honour"},
                "description": {"fr": "deuxième distinction", "en": "second distinction"},
                "obtained": False,
                "year_obtained": None,
                "statement": {
                    "fr": "les deux premiers niveaux de ce prix",
                    "en": "the first 2 levels of this prize",
                },
            },
            {
                "name": {"fr": "Plaque d’honneur", "en": "Plaque of Honour"},
                "description": {"fr": "troisième distinction", "en": "third distinction"},
                "obtained": False,
                "year_obtained": None,
                "statement": {"fr": "une plaque d’honneur", "en": "A plaque of honor"},
            },
            {
                "name": {"fr": "Prix de l’Europe", "en": "Europe Prize"},
                "description": {
                    "fr": "la plus haute distinction, décernée chaque année à une seule commune",
                    "en": "the highest distinction, awarded each year to one municipality",
                },
                "obtained": False,
                "year_obtained": None,
            },
        ],
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Le Prix de l’Europe a été créé en 1955 par l’Assemblée parlementaire du "
                    "Conseil de l’Europe, à Strasbourg. Il comporte quatre distinctions successives : "
                    "le Diplôme européen, le Drapeau d’honneur, la Plaque d’honneur et le Prix de "
                    "l’Europe lui-même.</p>"
                    "<p>La Ville d’Angers indique qu’Angers a reçu « les deux premiers niveaux de ce "
                    "prix (une plaque d’honneur) ». La Plaque d’honneur est pourtant le troisième "
                    "niveau : le tableau cite ces deux indications sans trancher.</p>",
                    "en": "<p>The Europe Prize was created in 1955 by the Parliamentary Assembly of the "
                    "Council of Europe in Strasbourg. It has four successive distinctions: the European "
                    "Diploma, the Flag of Honour, the Plaque of Honour and the Europe Prize itself.</p>"
                    "<p>The City of Angers states that Angers “was awarded the first 2 levels of this "
                    "prize (A plaque of honor)”. The Plaque of Honour is, however, the third level: the "
                    "table quotes both statements without deciding between them.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://www.coe.int/en/web/europe-prize-exhibition",
                    "text": {
                        "fr": "Les villes lauréates du Prix de l’Europe depuis 1955 (en anglais)",
                        "en": "Towns awarded the Europe Prize since 1955",
                    },
                },
            ),
        ],
    },
]
