"""The city networks section and its five networks (Cités Unies France, the longest, has
a module of its own). See angers_intl/content/schema.py for what each entry holds."""

from . import cites_unies_france

PAGES = [
    {
        "key": "city-networks",
        "type": "networks.NetworkIndexPage",
        "parent": "home",
        "title": {"fr": "Réseaux de villes", "en": "City networks"},
        "slug": {"fr": "reseaux-de-villes", "en": "city-networks"},
        "text": {
            "summary": {
                "fr": "Les réseaux de collectivités, du régional au mondial, auxquels Angers participe : "
                "AFCCRE, Cités Unies France, CGLU, Eurocities et Pays de la Loire Coopération "
                "Internationale.",
                "en": "The networks of local governments, from regional to worldwide, that Angers "
                "takes part in: AFCCRE, Cités Unies France, UCLG, Eurocities and Pays de la Loire "
                "International Cooperation.",
            },
            "intro": {
                "fr": "<p>Angers participe activement à des réseaux de villes européens et "
                "internationaux, ainsi qu’à un réseau régional dont elle accueille le siège. Elle y "
                "trouve de quoi se former, s’informer, innover et échanger, et un moyen de porter la "
                "voix de la ville auprès des instances communautaires et des institutions "
                "internationales.</p>",
                "en": "<p>Angers takes an active part in European and international city networks, "
                "and in a regional network whose headquarters it hosts. They help the city to train, "
                "inform, innovate and exchange, and give its voice a place before Community bodies "
                "and international institutions.</p>",
            },
        },
    },
    {
        "key": "afccre",
        "type": "networks.NetworkPage",
        "parent": "city-networks",
        "title": {
            "fr": "Association française du Conseil des communes et régions d’Europe",
            "en": "French Association of the Council of European Municipalities and Regions",
        },
        "slug": {"fr": "afccre", "en": "afccre"},
        "logo": "AFCCRE",
        "text": {
            "figures_source": {"fr": "l’AFCCRE", "en": "AFCCRE"},
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Née en {création} à l’initiative d’élus locaux et à l’origine du mouvement des "
                "jumelages en Europe, l’AFCCRE rassemble aujourd’hui {membres} collectivités "
                "européennes et internationales.",
                "en": "Founded in {création} at the initiative of local elected officials and at the origin "
                "of the sister city movement in Europe, AFCCRE now includes {membres} European and "
                "international local authorities.",
            },
            "acronym": {"fr": "AFCCRE", "en": "AFCCRE"},
            "own_language_name": {
                "fr": "Association Française du Conseil des Communes et Régions d'Europe",
                "en": "Association Française du Conseil des Communes et Régions d'Europe",
            },
            "founded_by": {"fr": "des élus locaux", "en": "local elected officials"},
            "member_description": {
                "fr": "collectivités européennes et internationales : communes, départements, "
                "régions et intercommunalités",
                "en": "European and international local authorities: communes, departments, "
                "regions and intermunicipal bodies",
            },
            "angers_role": {"fr": "membre", "en": "member"},
        },
        "data": {
            "own_language": "fr",
            "founding_year": 1951,
            "member_count": 1500,
            "member_count_is_minimum": True,
            "scope": "european",
            "website": "https://www.afccre.org/",
            "website_language": "fr",
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>L’AFCCRE a été fondée en {création} à l’initiative d’élus locaux. À l’origine "
                    "du mouvement des jumelages en Europe au lendemain de la Seconde Guerre mondiale, "
                    "elle rassemble aujourd’hui {membres} collectivités européennes et "
                    "internationales : communes, départements, régions et intercommunalités.</p>"
                    "<p>Source d’information de premier plan sur l’actualité et sur l’ensemble des "
                    "politiques européennes, l’AFCCRE aide les collectivités françaises à s’impliquer "
                    "dans ces politiques.</p>",
                    "en": "<p>AFCCRE was founded in {création} at the initiative of local elected officials. "
                    "At the origin of the sister city movement in Europe during the aftermath of the "
                    "Second World War, it now includes {membres} European and international local "
                    "authorities, communes, departments, regions, and intermunicipal bodies.</p>"
                    "<p>AFCCRE is a major source of information on current affairs and all European "
                    "policies, and helps to involve French local authorities in European policies.</p>",
                },
            ),
        ],
    },
    *cites_unies_france.PAGES,
    {
        "key": "uclg",
        "type": "networks.NetworkPage",
        "parent": "city-networks",
        "title": {
            "fr": "Cités et Gouvernements Locaux Unis",
            "en": "United Cities and Local Governments",
        },
        "slug": {"fr": "cglu", "en": "uclg"},
        "logo": "CGLU",
        "founded_by_page": "cuf",
        "text": {
            "figures_source": {"fr": "CGLU", "en": "UCLG"},
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Selon la Ville d’Angers, CGLU a été fondée par Cités Unies France en {création} ; "
                "elle est la plus grande organisation de collectivités locales au monde : présente sur tous les continents, elle représente "
                "près de 70\u00a0% de la population mondiale.",
                "en": "According to the City of Angers, UCLG was founded by CUF in {création}; it is the "
                "world's largest organisation of local governments: with representatives from every continent, it represents nearly 70% of "
                "the world's population.",
            },
            "acronym": {"fr": "CGLU", "en": "UCLG"},
            "own_language_name": {
                "fr": "Cités et Gouvernements Locaux Unis",
                "en": "Cités et Gouvernements Locaux Unis",
            },
            "founded_by": {"fr": "Cités Unies France", "en": "Cités Unies France"},
            "member_description": {"fr": "collectivités locales", "en": "local governments"},
            "countries": {"fr": "tous les continents", "en": "every continent"},
            "population_represented": {
                "fr": "près de 70\u00a0% de la population mondiale",
                "en": "nearly 70% of the world's population",
            },
            "headquarters": {"fr": "Barcelone", "en": "Barcelona"},
            "angers_role": {"fr": "membre", "en": "member"},
        },
        "data": {
            "own_language": "fr",
            "founding_year": 2004,
            "scope": "worldwide",
            "website": "https://www.uclg.org/",
            "website_language": "en",
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>La Ville d’Angers indique que Cités et Gouvernements Locaux Unis (CGLU) a été "
                    "fondée par Cités Unies France (CUF) en {création}. CGLU est la plus grande organisation de collectivités locales au monde. Avec "
                    "des représentants sur tous les continents, qui représentent près de 70\u00a0% de la "
                    "population mondiale, CGLU est la voix des collectivités locales : elle porte leur "
                    "point de vue sur les enjeux mondiaux, par la coordination et l’échange de bonnes "
                    "pratiques.</p>"
                    "<p>Les membres de Cités Unies France, réseau auquel Angers participe, deviennent "
                    "automatiquement membres de CGLU, dont le siège est à Barcelone.</p>",
                    "en": "<p>The City of Angers states that United Cities and Local Governments (UCLG) was "
                    "founded by CUF in {création}. UCLG is the world's largest organisation of local "
                    "governments. With representatives from every "
                    "continent, representing nearly 70% of the world's population, UCLG is the voice of "
                    "governments, bringing local perspectives to global issues through coordination and "
                    "the exchange of best practice.</p>"
                    "<p>The members of Cités Unies France, a network Angers takes part in, automatically "
                    "become members of UCLG, which is based in Barcelona.</p>",
                },
            ),
            (
                "link",
                {
                    "page": "cuf",
                    "text": {
                        "fr": "Cités Unies France, fondatrice de CGLU",
                        "en": "Cités Unies France, founder of UCLG",
                    },
                },
            ),
        ],
    },
    {
        "key": "eurocities",
        "type": "networks.NetworkPage",
        "parent": "city-networks",
        "title": {"fr": "Eurocities", "en": "Eurocities"},
        "slug": {"fr": "eurocities", "en": "eurocities"},
        "logo": "Eurocities",
        "text": {
            "figures_source": {"fr": "Eurocities", "en": "Eurocities"},
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Depuis {création}, Eurocities fédère les grandes villes d’Europe, {membres} villes "
                "membres dans {pays} pays, soit {population}, autour d’un objectif commun : "
                "construire ensemble un avenir meilleur.",
                "en": "Since {création}, Eurocities has been uniting Europe's major cities, {membres} member "
                "cities representing {pays} countries and {population}, around a common goal: "
                "building a better future together.",
            },
            "own_language_name": {"fr": "Eurocities", "en": "Eurocities"},
            "member_description": {
                "fr": "grandes villes européennes",
                "en": "major European cities",
            },
            "population_represented": {
                "fr": "130 millions d’habitants",
                "en": "130 million inhabitants",
            },
            "headquarters": {"fr": "Bruxelles", "en": "Brussels"},
            "angers_role": {"fr": "membre", "en": "member"},
        },
        "data": {
            "own_language": "en",
            "founding_year": 1986,
            "member_count": 200,
            "member_count_is_minimum": True,
            "country_count": 38,
            "population_count": 130000000,
            "scope": "european",
            "website": "https://eurocities.eu/",
            "website_language": "en",
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Fort de {membres} villes membres dans {pays} pays, qui représentent "
                    "{population}, le réseau Eurocities fédère depuis {création} les grandes villes "
                    "d’Europe autour d’un objectif commun : construire ensemble un avenir meilleur. En "
                    "s’inspirant les unes des autres, en partageant leurs bonnes pratiques et en "
                    "coordonnant leurs actions, les villes membres agissent pour le climat, l’équité "
                    "sociale et une économie à la fois mondiale et locale.</p>"
                    "<p>Depuis Bruxelles, Eurocities veut aussi donner une voix aux villes, pour qu’elles "
                    "participent à l’élaboration des politiques européennes, et rapprocher les décideurs "
                    "des citoyens.</p>",
                    "en": "<p>With {membres} member cities representing {pays} countries and "
                    "{population}, the Eurocities network has been uniting Europe's major cities since "
                    "{création} around a common goal: building a better future together. By drawing "
                    "inspiration from each other, sharing best practices, and coordinating their actions, "
                    "member cities are acting for the climate, social equity, and a global and local "
                    "economy.</p>"
                    "<p>Eurocities also aims to give cities a voice from Brussels, so that they can "
                    "participate in European policy-making and bring decision-makers and citizens closer "
                    "together.</p>",
                },
            ),
        ],
    },
    {
        "key": "pdlci",
        "type": "networks.NetworkPage",
        "parent": "city-networks",
        "title": {
            "fr": "Pays de la Loire Coopération Internationale",
            "en": "Pays de la Loire International Cooperation",
        },
        "slug": {
            "fr": "pays-de-la-loire-cooperation-internationale",
            "en": "pays-de-la-loire-international-cooperation",
        },
        "logo": "PDLCI",
        "text": {
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Anciennement ALCID, le réseau régional multi-acteurs des Pays de la Loire "
                "rassemble les acteurs du territoire engagés dans la coopération et la solidarité "
                "internationales. Son siège est à Angers.",
                "en": "Formerly known as ALCID, the Pays de la Loire multi-actor regional network "
                "brings together local partners working towards cooperation and solidarity around the "
                "world. It is headquartered in Angers.",
            },
            "acronym": {"fr": "PDLCI", "en": "PDLCI"},
            "own_language_name": {
                "fr": "Pays de la Loire Coopération Internationale",
                "en": "Pays de la Loire Coopération Internationale",
            },
            "member_description": {
                "fr": "acteurs du territoire : collectivités, associations, entreprises, universités…",
                "en": "local partners: local authorities, associations, companies, universities...",
            },
            "headquarters": {"fr": "Angers", "en": "Angers"},
            "angers_role": {
                "fr": "ville siège et membre",
                "en": "host city of its headquarters and member",
            },
        },
        "data": {
            "own_language": "fr",
            "scope": "regional",
            "website": "https://paysdelaloire-cooperation-internationale.org/",
            "website_language": "fr",
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Anciennement appelé ALCID, le réseau régional multi-acteurs des Pays de la "
                    "Loire rassemble les acteurs du territoire engagés pour la coopération et la "
                    "solidarité dans le monde : collectivités, associations, entreprises, universités… "
                    "Tous travaillent ensemble à créer des synergies à l’international, tout en "
                    "enrichissant leurs territoires.</p>"
                    "<p>Installée à Angers, qui accueille son siège, l’association est soutenue par la "
                    "Région des Pays de la Loire et par le ministère de l’Europe et des Affaires "
                    "étrangères. Le réseau favorise le partage d’expériences et d’informations, le "
                    "dialogue et la mutualisation des moyens, ainsi que la concertation entre les "
                    "acteurs.</p>",
                    "en": "<p>Formerly known as ALCID, the Pays de la Loire multi-actor regional network "
                    "brings together local partners working towards cooperation and solidarity around "
                    "the world: local authorities, associations, companies, universities... all working "
                    "together to implement international synergies, while at the same time enriching "
                    "their territories.</p>"
                    "<p>Headquartered in Angers, the association is supported by the Pays de la Loire "
                    "Region and the French Ministry of Europe and Foreign Affairs. The network supports "
                    "the sharing of experience and information, dialogue and pooling of resources, as "
                    "well as consultation between actors.</p>",
                },
            ),
        ],
    },
]
