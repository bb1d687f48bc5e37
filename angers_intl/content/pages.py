"""The Angers content: every page of the portal, in French (source) and English.

Each text is given as {"fr": …, "en": …}; rich text has the same paragraphs, list items
and links in both languages, so that each English segment pairs with its French source.
"""

PAGES = [
    # Home -----------------------------------------------------------------------------
    {
        "key": "home",
        "type": "angers_intl.HomePage",
        "parent": None,
        "title": {"fr": "Angers International", "en": "Angers International"},
        "slug": {"fr": "accueil", "en": "home"},
        "text": {
            "summary": {
                "fr": "Les réseaux de villes, les réseaux thématiques et les distinctions "
                "internationales de la ville d’Angers.",
                "en": "The city networks, thematic networks and international recognitions "
                "of the city of Angers.",
            },
            "intro": {
                "fr": "<p>La ville d’Angers s’engage dans la coopération internationale et prend "
                "une part active aux réseaux de villes européens et internationaux, pour se former, "
                "s’informer, innover et échanger. Ces réseaux portent aussi la voix de la ville auprès "
                "des instances communautaires et des institutions internationales, et lui permettent "
                "de contribuer aux décisions et aux politiques publiques afin de mieux répondre aux "
                "besoins locaux.</p>"
                "<p>Véritable plateforme internationale, les réseaux de villes sont un outil précieux "
                "pour faire connaître les bonnes pratiques d’Angers, son territoire et ses acteurs. "
                "Ils inscrivent aussi la ville dans une démarche d’apprentissage permanent qui contribue "
                "à faire d’Angers une ville modèle dans de nombreux domaines.</p>",
                "en": "<p>The city of Angers is committed to international cooperation efforts and is "
                "taking an active part in European and international city networks, in order to train, "
                "inform, innovate, and exchange. Additionally, it allows for the city’s voice to be "
                "represented to Community bodies and international institutions, and to contribute to "
                "decisions and policy-making aimed at better meeting local needs.</p>"
                "<p>A genuine international platform, the city networks are a veritable tool for "
                "promoting Angers’ best practices, the region, and its actors. The networks also enable "
                "the city to be part of a perpetual learning approach that contributes to making Angers "
                "a model city in multiple areas.</p>",
            },
        },
    },
    # City networks ----------------------------------------------------------------------
    {
        "key": "city-networks",
        "type": "networks.NetworkIndexPage",
        "parent": "home",
        "title": {"fr": "Réseaux de villes", "en": "City networks"},
        "slug": {"fr": "reseaux-de-villes", "en": "city-networks"},
        "text": {
            "summary": {
                "fr": "Les associations de collectivités françaises, européennes et mondiales "
                "dont Angers est membre.",
                "en": "The French, European and worldwide associations of local authorities "
                "that Angers belongs to.",
            },
            "intro": {
                "fr": "<p>Angers participe aux réseaux de villes pour échanger avec d’autres "
                "collectivités, faire entendre la voix des territoires et partager ses bonnes "
                "pratiques, de l’échelle régionale à l’échelle mondiale.</p>",
                "en": "<p>Angers takes part in city networks to exchange with other local "
                "authorities, make the voice of local areas heard and share its best practices, "
                "from the regional to the worldwide level.</p>",
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
            "summary": {
                "fr": "Née en 1951 à l’initiative d’élus locaux, à l’origine du mouvement des "
                "jumelages en Europe, l’AFCCRE rassemble plus de 1 500 collectivités.",
                "en": "Founded in 1951 at the initiative of local elected officials, at the origin "
                "of the sister city movement in Europe, AFCCRE brings together over 1,500 local "
                "authorities.",
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
                    "fr": "<p>L’AFCCRE a été fondée en 1951 à l’initiative d’élus locaux. À l’origine "
                    "du mouvement des jumelages en Europe au lendemain de la Seconde Guerre mondiale, "
                    "elle rassemble aujourd’hui plus de 1 500 collectivités européennes et "
                    "internationales : communes, départements, régions et intercommunalités.</p>"
                    "<p>Source d’information majeure sur l’actualité et l’ensemble des politiques "
                    "européennes, l’AFCCRE aide les collectivités françaises à s’impliquer dans les "
                    "politiques de l’Union européenne.</p>",
                    "en": "<p>AFCCRE was founded in 1951 at the initiative of local elected officials. "
                    "At the origin of the sister city movement in Europe during the aftermath of the "
                    "Second World War, it now includes over 1,500 European and international local "
                    "authorities, communes, departments, regions, and intermunicipal bodies.</p>"
                    "<p>AFCCRE is a major source of information on current affairs and all European "
                    "policies, and helps to involve French local authorities in European policies.</p>",
                },
            ),
        ],
    },
    {
        "key": "cuf",
        "type": "networks.NetworkPage",
        "parent": "city-networks",
        "title": {"fr": "Cités Unies France", "en": "United Cities France"},
        "slug": {"fr": "cites-unies-france", "en": "united-cities-france"},
        "logo": "CUF",
        "text": {
            "summary": {
                "fr": "Fédération des collectivités françaises engagées dans l’action internationale "
                "et la coopération décentralisée, créée en 1975 ; ses membres sont automatiquement "
                "membres de CGLU.",
                "en": "The federation of French local and regional governments involved in "
                "international action and decentralised co-operation, created in 1975; its members "
                "are automatically members of UCLG.",
            },
            "acronym": {"fr": "CUF", "en": "CUF"},
            "own_language_name": {"fr": "Cités Unies France", "en": "Cités Unies France"},
            "member_description": {
                "fr": "collectivités : régions, départements, villes de toutes tailles",
                "en": "local authorities: regions, departments, cities of all sizes",
            },
            "headquarters": {"fr": "Paris", "en": "Paris"},
            "angers_role": {"fr": "membre", "en": "member"},
        },
        "data": {
            "own_language": "fr",
            "founding_year": 1975,
            "member_count": 300,
            "scope": "national",
            "website": "https://cites-unies-france.org/",
            "website_language": "fr",
        },
        "branch_of_page": "uclg",
        "body": [
            (
                "key_figures",
                [
                    {
                        "value": {"fr": "300", "en": "300"},
                        "label": {
                            "fr": "membres accompagnés (selon la ville d’Angers)",
                            "en": "members supported (according to the city of Angers)",
                        },
                    },
                    {
                        "value": {"fr": "3 000", "en": "3,000"},
                        "label": {
                            "fr": "collectivités françaises dans son réseau (selon Cités Unies France)",
                            "en": "French local governments in its network (according to Cités Unies France)",
                        },
                    },
                    {
                        "value": {"fr": "20", "en": "20"},
                        "label": {"fr": "personnes dans son équipe", "en": "people in its team"},
                    },
                    {
                        "value": {"fr": "200 000", "en": "200,000"},
                        "label": {
                            "fr": "visites par an sur son site web",
                            "en": "visits a year to its website",
                        },
                    },
                ],
            ),
            (
                "paragraph",
                {
                    "fr": "<p>Créée en 1975, Cités Unies France (CUF) rassemble des collectivités "
                    "françaises engagées dans l’action internationale : régions, départements et villes "
                    "de toutes tailles. Forte de partenariats institutionnels et entre niveaux de "
                    "collectivités, elle aide ses 300 membres à faire reconnaître leur action "
                    "internationale, les informe et les accompagne dans l’internationalisation de leur "
                    "territoire.</p>"
                    "<p>Par ses groupes pays et ses groupes thématiques, le réseau travaille au plus près "
                    "des collectivités dans l’aménagement urbain, le tourisme, la culture et "
                    "l’environnement : il met en commun et valorise les actions concertées et renforce "
                    "la coopération entre les territoires.</p>"
                    "<h2>Une fédération de la coopération décentralisée</h2>"
                    "<p>Cités Unies France se présente comme la fédération des collectivités "
                    "territoriales françaises engagées dans les relations internationales et, en "
                    "particulier, dans la coopération décentralisée. Ses membres deviennent "
                    "automatiquement membres de l’organisation mondiale Cités et Gouvernements Locaux "
                    "Unis (CGLU), installée à Barcelone. Elle est présidée par M. Ries, maire de "
                    "Strasbourg.</p>"
                    "<p>Elle défend la démocratie locale, la paix, la solidarité internationale et une "
                    "participation forte et réelle des habitants aux affaires locales. Elle est convaincue "
                    "que les villes et les autres niveaux de collectivités ont tout à gagner à échanger "
                    "sur les défis qu’elles rencontrent partout dans le monde.</p>"
                    "<h3>Cités Unies France, c’est :</h3>"
                    "<ul>"
                    "<li>un réseau de 3 000 collectivités françaises engagées dans la coopération "
                    "internationale avec leurs homologues du monde entier ;</li>"
                    "<li>plus de 30 ans d’expérience pour accompagner les élus locaux français et leurs "
                    "services dans la coopération internationale, afin de partager savoir-faire et "
                    "expériences avec leurs pairs ;</li>"
                    "<li>une branche de Cités et Gouvernements Locaux Unis (CGLU), organisation mondiale "
                    "des collectivités locales qui promeut l’autonomie locale démocratique ;</li>"
                    "<li>un défenseur de la diplomatie des villes ;</li>"
                    "<li>plusieurs accords de partenariat avec des associations de collectivités "
                    "étrangères ;</li>"
                    "<li>une plateforme de « groupes pays », consacrés à des pays prioritaires, qui "
                    "permettent aux collectivités de construire avec leurs partenaires étrangers des "
                    "programmes répondant à des enjeux locaux complexes ;</li>"
                    "<li>une équipe de 20 personnes en relation quotidienne avec les organismes "
                    "nationaux et internationaux qui traitent des questions intéressant les "
                    "collectivités ;</li>"
                    "<li>un site web visité plus de 200 000 fois par an.</li>"
                    "</ul>"
                    "<h2>Ce que permet la loi depuis 1992</h2>"
                    "<p>Depuis 1992, la loi française autorise toutes les collectivités territoriales à "
                    "signer des conventions avec des collectivités étrangères, dans le respect des "
                    "engagements internationaux de la France (les traités, en particulier).</p>"
                    "<p>Un nombre important et croissant de collectivités locales et régionales "
                    "s’engagent dans ce nouveau mode d’action : des milliers de partenariats existent "
                    "avec plus d’une centaine de pays dans le monde. Dans ce domaine, Cités Unies France "
                    "informe et conseille, anime des groupes de travail thématiques et coordonne plus de "
                    "vingt « groupes pays ». Présidés chacun par un élu local, ces groupes réunissent les "
                    "collectivités françaises pour échanger informations et expériences, renforcer la "
                    "coopération entre membres et mieux comprendre l’environnement culturel, social, "
                    "économique et politique de leurs partenaires étrangers.</p>"
                    "<h2>Ses partenaires</h2>"
                    "<p>Cités Unies France travaille étroitement avec les autorités nationales : elle a "
                    "signé une convention triennale avec le ministère de l’Europe et des Affaires "
                    "étrangères. Elle travaille aussi avec des ONG françaises, plusieurs institutions de "
                    "la coopération internationale et la Commission européenne.</p>"
                    "<h2>Deux chiffres, deux périmètres</h2>"
                    "<p>La ville d’Angers indique que CUF accompagne 300 membres ; Cités Unies France "
                    "présente, elle, un réseau de 3 000 collectivités françaises engagées dans la "
                    "coopération internationale. Le premier chiffre compte les adhérents, le second "
                    "l’ensemble des collectivités de son réseau.</p>",
                    "en": "<p>Founded in 1975, Cités Unies France (CUF) brings together French local "
                    "authorities, regions, departments, and cities of all sizes committed to "
                    "international action. CUF is strengthened by institutional and cross-level "
                    "partnerships, and helps its 300 members to gain recognition for their international "
                    "actions, and to inform and support them in the internationalization of their "
                    "territories.</p>"
                    "<p>Through specific country and thematic groups, the network works closely with "
                    "local authorities in the fields of urban development, tourism, culture, and the "
                    "environment, pooling and capitalizing on concerted action and strengthening "
                    "cooperation between territories.</p>"
                    "<h2>A federation of decentralised co-operation</h2>"
                    "<p>Cités Unies France (CUF), “French United local governments”, is a federation of "
                    "French local and regional governments involved in international relations and, in "
                    "particular, in decentralized co-operation. Its members become automatically members "
                    "of the world organisation United Cities and Local Governments (UCLG), based in "
                    "Barcelona. Its president is M. Ries, Mayor of Strasbourg.</p>"
                    "<p>Cités Unies France aims at promoting local democracy, peace, international "
                    "solidarity, and a strong and genuine participation of the population in local "
                    "affairs. It also firmly believes cities and other levels of local and regional "
                    "government can only win by exchanging on challenges that face them all over the "
                    "world.</p>"
                    "<h3>Cités Unies France is:</h3>"
                    "<ul>"
                    "<li>a network of 3,000 French local governments engaged in international "
                    "cooperation with their counterparts worldwide;</li>"
                    "<li>more than 30 years of experience in facilitating the engagement of French "
                    "elected local officials and their staff in international cooperation to share "
                    "expertise and experience with their peers in public matters;</li>"
                    "<li>a branch of United Cities and Local Governments (UCLG), a world-wide "
                    "organization of local authorities, promoting democratic local self-government;</li>"
                    "<li>an advocate of city diplomacy;</li>"
                    "<li>several partnership agreements with local government associations abroad;</li>"
                    "<li>a platform of “country-groups” dedicated to a number of focus countries offering "
                    "a unique opportunity for local governments to develop, together with their partners "
                    "abroad, programs that tackle complex local challenges;</li>"
                    "<li>a team of 20 people in day-to-day working relations with international and "
                    "national bodies dealing with issues that are of interest for local governments;</li>"
                    "<li>a website visited more than 200,000 times a year.</li>"
                    "</ul>"
                    "<h2>What the law has allowed since 1992</h2>"
                    "<p>Since 1992, French legislation has authorized all local authorities to sign "
                    "agreements with foreign counterparts, provided that they do not conflict with French "
                    "national commitments (treaties, in particular).</p>"
                    "<p>A substantial and growing number of local and regional authorities are involved "
                    "in this new mode of action: thousands of partnerships exist with over one hundred "
                    "countries throughout the world. Within the field of international co-operation, "
                    "Cités Unies France provides information and advice, organises working groups on "
                    "specific issues, and co-ordinates more than twenty “country-groups”, chaired by a "
                    "local elected official, bringing together French local governments in order to "
                    "facilitate exchange of information and experiences, foster a closer co-operation "
                    "between its members and contribute to a better understanding of the cultural, "
                    "social, economic, and political environment of their foreign counterparts.</p>"
                    "<h2>Its partners</h2>"
                    "<p>CUF maintains a close working relation with French national authorities: it has a "
                    "three-year agreement with the Ministry of Foreign and European Affairs. It also works "
                    "with French NGOs, several institutions in the field of international co-operation, "
                    "and the European Commission.</p>"
                    "<h2>Two figures, two scopes</h2>"
                    "<p>The city of Angers states that CUF supports 300 members; Cités Unies France "
                    "presents itself as a network of 3,000 French local governments engaged in "
                    "international cooperation. The first figure counts its members, the second all the "
                    "local governments in its network.</p>",
                },
            ),
            ("link", {"page": "uclg", "text": {"fr": "CGLU, fondée par CUF", "en": "UCLG, founded by CUF"}}),
        ],
    },
    {
        "key": "uclg",
        "type": "networks.NetworkPage",
        "parent": "city-networks",
        "title": {
            "fr": "Cités et Gouvernements Locaux Unis",
            "en": "United Cities and Local Governments",
        },
        "slug": {"fr": "cglu", "en": "uclg"},
        "logo": "UCLG",
        "text": {
            "summary": {
                "fr": "Fondée par Cités Unies France en 2004, CGLU est la plus grande organisation "
                "de collectivités locales au monde : elle représente près de 70 % de la population "
                "mondiale.",
                "en": "Founded by CUF in 2004, UCLG is the world’s largest organization of local "
                "governments, representing nearly 70% of the world’s population.",
            },
            "acronym": {"fr": "CGLU", "en": "UCLG"},
            "own_language_name": {
                "fr": "Cités et Gouvernements Locaux Unis",
                "en": "Cités et Gouvernements Locaux Unis",
            },
            "member_description": {
                "fr": "gouvernements locaux de tous les continents",
                "en": "local governments from every continent",
            },
            "countries": {"fr": "tous les continents", "en": "every continent"},
            "population_represented": {
                "fr": "près de 70 % de la population mondiale",
                "en": "nearly 70% of the world’s population",
            },
            "headquarters": {"fr": "Barcelone", "en": "Barcelona"},
            "angers_role": {
                "fr": "membre, par son adhésion à Cités Unies France",
                "en": "member, through its membership of Cités Unies France",
            },
        },
        "data": {
            "own_language": "fr",
            "founding_year": 2004,
            "scope": "worldwide",
            "website": "https://www.uclg.org/",
            "website_language": "en",
        },
        "founded_by_page": "cuf",
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Fondée par Cités Unies France en 2004, Cités et Gouvernements Locaux Unis "
                    "(CGLU) est la plus grande organisation de gouvernements locaux au monde. Avec des "
                    "représentants de tous les continents, qui représentent près de 70 % de la population "
                    "mondiale, CGLU est la voix des collectivités : elle porte les points de vue locaux "
                    "sur les enjeux mondiaux par la coordination et l’échange de bonnes pratiques.</p>"
                    "<p>Les membres de Cités Unies France, dont Angers, sont automatiquement membres de "
                    "CGLU, dont le siège est à Barcelone.</p>",
                    "en": "<p>Founded by CUF in 2004, United Cities and Local Governments (UCLG) is the "
                    "world’s largest organization of local governments. With representatives from every "
                    "continent, representing nearly 70% of the world’s population, UCLG is the voice of "
                    "governments, bringing local perspectives to global issues through coordination and "
                    "the exchange of best practice.</p>"
                    "<p>The members of Cités Unies France, Angers among them, are automatically members "
                    "of UCLG, which is based in Barcelona.</p>",
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
        "logo": "EURO",
        "text": {
            "summary": {
                "fr": "Depuis 1986, Eurocities réunit les grandes villes d’Europe : plus de 200 villes "
                "de 38 pays, soit 130 millions d’habitants.",
                "en": "Since 1986, Eurocities has been uniting Europe’s major cities: over 200 member "
                "cities from 38 countries, representing 130 million inhabitants.",
            },
            "acronym": {"fr": "Eurocities", "en": "Eurocities"},
            "own_language_name": {"fr": "Eurocities", "en": "Eurocities"},
            "member_description": {"fr": "villes membres", "en": "member cities"},
            "headquarters": {"fr": "Bruxelles", "en": "Brussels"},
            "angers_role": {"fr": "membre", "en": "member"},
        },
        "data": {
            "own_language": "en",
            "founding_year": 1986,
            "member_count": 200,
            "member_count_is_minimum": True,
            "country_count": 38,
            "population_count": 130_000_000,
            "scope": "european",
            "website": "https://eurocities.eu/",
            "website_language": "en",
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Avec plus de 200 villes membres dans 38 pays, qui représentent 130 millions "
                    "d’habitants, le réseau Eurocities rassemble depuis 1986 les grandes villes d’Europe "
                    "autour d’un objectif commun : construire ensemble un avenir meilleur. En s’inspirant "
                    "les unes des autres, en partageant leurs bonnes pratiques et en coordonnant leurs "
                    "actions, les villes membres agissent pour le climat, l’équité sociale et une "
                    "économie à la fois mondiale et locale.</p>"
                    "<p>Eurocities veut aussi donner une voix aux villes à Bruxelles, pour qu’elles "
                    "participent à l’élaboration des politiques européennes et rapprochent les décideurs "
                    "des citoyens.</p>",
                    "en": "<p>With over 200 member cities representing 38 countries and 130 million "
                    "inhabitants, the Eurocities network has been uniting Europe’s major cities since "
                    "1986 around a common goal: building a better future together. By drawing inspiration "
                    "from each other, sharing best practices, and coordinating their actions, member "
                    "cities are acting for the climate, social equity, and a global and local "
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
            "summary": {
                "fr": "Le réseau régional multi-acteurs des Pays de la Loire pour la coopération et la "
                "solidarité internationales, anciennement ALCID, a son siège à Angers.",
                "en": "The Pays de la Loire regional multi-actor network for international "
                "cooperation and solidarity, formerly known as ALCID, is headquartered in Angers.",
            },
            "acronym": {"fr": "PDLCI", "en": "PDLCI"},
            "own_language_name": {
                "fr": "Pays de la Loire Coopération Internationale",
                "en": "Pays de la Loire Coopération Internationale",
            },
            "founded_by": {"fr": "anciennement ALCID", "en": "formerly known as ALCID"},
            "member_description": {
                "fr": "acteurs du territoire : collectivités, associations, entreprises, universités…",
                "en": "local partners: local authorities, associations, companies, universities…",
            },
            "headquarters": {"fr": "Angers", "en": "Angers"},
            "angers_role": {"fr": "ville siège et membre", "en": "host city of its headquarters and member"},
        },
        "data": {
            "own_language": "fr",
            "scope": "regional",
            "website_language": "fr",
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Anciennement appelé ALCID, le réseau régional multi-acteurs des Pays de la "
                    "Loire rassemble les acteurs du territoire engagés dans la coopération et la "
                    "solidarité internationales : collectivités, associations, entreprises, universités… "
                    "Tous travaillent ensemble pour créer des synergies internationales tout en "
                    "enrichissant leurs territoires.</p>"
                    "<p>L’association a son siège à Angers ; elle est soutenue par la Région Pays de la "
                    "Loire et par le ministère de l’Europe et des Affaires étrangères. Le réseau favorise "
                    "le partage d’expériences et d’informations, le dialogue et la mutualisation des "
                    "moyens, ainsi que la concertation entre les acteurs.</p>",
                    "en": "<p>Formerly known as ALCID, the Pays de la Loire multi-actor regional network "
                    "brings together local partners working towards cooperation and solidarity around the "
                    "world: local authorities, associations, companies, universities… all working "
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
    # Thematic networks ------------------------------------------------------------------
    {
        "key": "thematic-networks",
        "type": "networks.NetworkIndexPage",
        "parent": "home",
        "title": {"fr": "Réseaux thématiques", "en": "Thematic networks"},
        "slug": {"fr": "reseaux-thematiques", "en": "thematic-networks"},
        "text": {
            "summary": {
                "fr": "Les réseaux de villes qu’Angers a rejoints autour d’un engagement : le climat "
                "et l’énergie, l’éducation.",
                "en": "The city networks Angers has joined around a commitment: climate and energy, "
                "education.",
            },
            "intro": {
                "fr": "<p>Au-delà des associations de collectivités, Angers s’engage dans des réseaux "
                "thématiques dont les membres signent une charte ou des objectifs communs.</p>",
                "en": "<p>Beyond associations of local authorities, Angers is committed to thematic "
                "networks whose members sign a charter or shared targets.</p>",
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
        "slug": {
            "fr": "convention-mondiale-des-maires",
            "en": "global-covenant-of-mayors",
        },
        "logo": "GCoM",
        "text": {
            "summary": {
                "fr": "Un réseau international de 12 761 villes engagées contre le changement "
                "climatique, qui représentent plus d’un milliard d’habitants dans 142 pays.",
                "en": "An international network of 12,761 cities dedicated to the fight against "
                "climate change, representing a population of over 1 billion from 142 countries.",
            },
            "acronym": {"fr": "GCoM", "en": "GCoM"},
            "own_language_name": {
                "fr": "Global Covenant of Mayors for Climate and Energy",
                "en": "Global Covenant of Mayors for Climate and Energy",
            },
            "member_description": {"fr": "villes membres", "en": "member cities"},
            "population_represented": {
                "fr": "plus d’un milliard d’habitants",
                "en": "over 1 billion people",
            },
            "angers_role": {"fr": "ville signataire", "en": "signatory city"},
            "charter_name": {
                "fr": "Convention des maires",
                "en": "Covenant of Mayors",
            },
            "charter_summary": {
                "fr": "Les villes signataires s’engagent à apporter des solutions locales coordonnées "
                "à une action mondiale de réduction des émissions de CO2 d’ici 2030, avec une vision "
                "à long terme : une société résiliente et sobre en carbone.",
                "en": "Signatory cities commit to providing coordinated local solutions for global "
                "action to reduce CO2 emissions by 2030, with a long-term vision in developing a "
                "resilient, low-emission society.",
            },
        },
        "data": {
            "own_language": "en",
            "member_count": 12761,
            "country_count": 142,
            "population_count": 1_000_000_000,
            "scope": "worldwide",
            "theme": "climate_energy",
            "website": "https://www.globalcovenantofmayors.org/",
            "website_language": "en",
        },
        "targets": [
            {
                "target": {
                    "fr": "Réduire les émissions de CO2 par des solutions locales coordonnées",
                    "en": "Reduce CO2 emissions through coordinated local solutions",
                },
                "deadline": 2030,
            },
            {
                "target": {
                    "fr": "Bâtir à long terme une société résiliente et sobre en carbone",
                    "en": "Develop a resilient, low-emission society in the long term",
                },
                "deadline": None,
            },
        ],
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>La Convention des maires est un réseau international de villes engagées "
                    "dans la lutte contre le changement climatique. L’objectif de la Convention mondiale "
                    "et de ses 12 761 villes membres, qui représentent plus d’un milliard d’habitants "
                    "dans 142 pays, est d’apporter des solutions locales coordonnées à une action "
                    "mondiale de réduction des émissions de CO2 d’ici 2030, avec une vision à long "
                    "terme : construire une société résiliente et sobre en carbone.</p>",
                    "en": "<p>The Covenant of Mayors is an international network of cities dedicated to "
                    "the fight against climate change. The objective of the GCoM and its 12,761 member "
                    "cities, representing a population of over 1 billion from 142 countries, is to "
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
        "slug": {
            "fr": "villes-educatrices",
            "en": "educating-cities",
        },
        "logo": "AIVE",
        "text": {
            "summary": {
                "fr": "Fondée en 1994, l’association rassemble plus de 500 villes de 34 pays engagées "
                "par la Charte des villes éducatrices.",
                "en": "Founded in 1994, EdCities brings together over 500 cities in 34 countries "
                "committed to the Charter of Educating Cities.",
            },
            "acronym": {"fr": "AIVE", "en": "EdCities"},
            "own_language_name": {
                "fr": "International Association of Educating Cities",
                "en": "International Association of Educating Cities",
            },
            "member_description": {"fr": "villes", "en": "cities"},
            "angers_role": {"fr": "membre", "en": "member"},
            "charter_name": {
                "fr": "Charte des villes éducatrices",
                "en": "Charter of Educating Cities",
            },
            "charter_summary": {
                "fr": "Les collectivités signataires font de l’éducation un axe de développement "
                "stratégique : apprentissage tout au long de la vie et mobilisation de tous les "
                "acteurs éducatifs.",
                "en": "Signatory local governments make education an axis of strategic development: "
                "lifelong learning and the mobilization of all educational members.",
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
                    "fr": "Mobiliser tous les acteurs éducatifs",
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
                    "fr": "<p>Fondée en 1994, l’Association internationale des villes éducatrices "
                    "(EdCities) compte plus de 500 villes dans 34 pays. Elle rassemble des "
                    "gouvernements locaux engagés par la Charte des villes éducatrices.</p>"
                    "<p>Elle promeut l’apprentissage tout au long de la vie, la mobilisation de tous les "
                    "acteurs éducatifs et la définition de l’éducation comme axe de développement "
                    "stratégique, et accompagne ses membres dans la coordination de projets et le "
                    "partage de bonnes pratiques.</p>",
                    "en": "<p>Founded in 1994, including over 500 cities in 34 countries, the "
                    "International Association of Educating Cities (EdCities) brings together local "
                    "governments committed to the Charter of Educating Cities.</p>"
                    "<p>Promoting lifelong learning, the mobilization of all educational members and the "
                    "definition of education as an axis of strategic development, EdCities supports its "
                    "members in coordinating projects and sharing best practices.</p>",
                },
            ),
        ],
    },
    # International recognition -----------------------------------------------------------
    {
        "key": "recognitions",
        "type": "recognitions.RecognitionIndexPage",
        "parent": "home",
        "title": {"fr": "Reconnaissance internationale", "en": "International recognition"},
        "slug": {"fr": "reconnaissance-internationale", "en": "international-recognition"},
        "text": {
            "summary": {
                "fr": "Les labels et prix internationaux qui distinguent l’action d’Angers : nature "
                "en ville, environnement, bien vieillir, engagement européen.",
                "en": "The international labels and prizes that recognise Angers’ action: urban "
                "nature, environment, ageing well, European commitment.",
            },
            "intro": {
                "fr": "<p>Des organisations internationales ont distingué la politique de la ville "
                "d’Angers. Ces reconnaissances engagent aussi la ville pour l’avenir.</p>",
                "en": "<p>International organisations have recognised the policies of the city of "
                "Angers. These recognitions also commit the city for the future.</p>",
            },
        },
    },
    {
        "key": "tree-cities",
        "type": "recognitions.RecognitionPage",
        "parent": "recognitions",
        "title": {"fr": "Villes arborées du monde", "en": "Tree Cities of the World"},
        "slug": {"fr": "tree-cities-of-the-world", "en": "tree-cities-of-the-world"},
        "logo": "TREE",
        "text": {
            "summary": {
                "fr": "Une distinction des villes qui mènent des politiques en faveur de la forêt "
                "urbaine et de la végétation en ville.",
                "en": "A reward to cities that have implemented policies and actions in favour of "
                "urban forests and urban greenery.",
            },
            "own_language_name": {"fr": "Tree Cities of the World", "en": "Tree Cities of the World"},
            "awarding_body": {
                "fr": "une organisation des Nations unies",
                "en": "an organisation of the United Nations",
            },
            "rewards": {
                "fr": "Elle récompense les villes qui ont mis en place des politiques et des actions en "
                "faveur des forêts urbaines et de la végétation en ville, pour promouvoir une "
                "approche respectueuse de l’environnement et une gestion durable de la nature en "
                "ville.",
                "en": "A reward to cities that have implemented policies and actions in favour of "
                "urban forests and urban greenery, to promote an environmentally-friendly approach "
                "and sustainable management of nature in the city.",
            },
        },
        "data": {
            "own_language": "en",
            "scope": "worldwide",
            "website": "https://treecitiesoftheworld.org/",
            "website_language": "en",
        },
    },
    {
        "key": "green-cities-accord",
        "type": "recognitions.RecognitionPage",
        "parent": "recognitions",
        "title": {"fr": "Accord pour des villes vertes", "en": "Green Cities Accord"},
        "slug": {"fr": "accord-villes-vertes", "en": "green-cities-accord"},
        "logo": "GCA",
        "text": {
            "summary": {
                "fr": "Un mouvement de villes européennes engagées pour l’environnement, qui se fixent "
                "des objectifs dans 5 domaines d’ici 2030.",
                "en": "A movement by European cities committed to preserving the environment, with "
                "targeted goals in 5 areas by 2030.",
            },
            "own_language_name": {"fr": "Green City Accord", "en": "Green City Accord"},
            "awarding_body": {"fr": "Commission européenne", "en": "European Commission"},
            "rewards": {
                "fr": "Un mouvement de villes européennes engagées pour préserver l’environnement. Les "
                "signataires s’engagent à agir davantage pour atteindre des objectifs ciblés dans "
                "5 domaines d’ici 2030.",
                "en": "A movement by European cities committed to preserving the environment. The "
                "signatories are committed to taking further action to achieve targeted goals in "
                "5 areas by 2030.",
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
    },
    {
        "key": "age-friendly",
        "type": "recognitions.RecognitionPage",
        "parent": "recognitions",
        "title": {"fr": "Ville amie des aînés", "en": "Age-friendly City"},
        "slug": {"fr": "ville-amie-des-aines", "en": "age-friendly-city"},
        "logo": "VADA",
        "text": {
            "summary": {
                "fr": "Le label de l’Organisation mondiale de la santé pour les villes qui améliorent "
                "le bien-être de leurs habitants âgés.",
                "en": "The World Health Organization’s label for municipalities committed to improving "
                "the well-being of their elderly residents.",
            },
            "own_language_name": {"fr": "Ville Amie des Aînés", "en": "Ville Amie des Aînés"},
            "awarding_body": {
                "fr": "Organisation mondiale de la santé",
                "en": "World Health Organization",
            },
            "rewards": {
                "fr": "Il distingue les communes engagées pour améliorer le bien-être des personnes "
                "âgées de leur territoire (politiques publiques, urbanisme…).",
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
    },
    {
        "key": "european-city",
        "type": "recognitions.RecognitionPage",
        "parent": "recognitions",
        "title": {"fr": "Ville européenne", "en": "European City"},
        "slug": {"fr": "ville-europeenne", "en": "european-city"},
        "logo": "VE",
        "text": {
            "summary": {
                "fr": "Un label qui récompense l’engagement européen des communes.",
                "en": "A label that rewards municipalities for their European commitment.",
            },
            "own_language_name": {"fr": "Ville Européenne", "en": "Ville Européenne"},
            "rewards": {
                "fr": "Il récompense l’engagement européen des communes : actions symboliques et "
                "pratiques éducatives, de coopération, citoyennes et culturelles.",
                "en": "Rewards municipalities for their European commitment to symbolic actions and "
                "educational, cooperative, civic, and cultural practices.",
            },
        },
        "data": {"own_language": "fr", "scope": "national"},
    },
    {
        "key": "europe-prize",
        "type": "recognitions.RecognitionPage",
        "parent": "recognitions",
        "title": {"fr": "Prix de l’Europe", "en": "The Europe Prize"},
        "slug": {"fr": "prix-de-l-europe", "en": "europe-prize"},
        "logo": "PE",
        "text": {
            "summary": {
                "fr": "Créé en 1955 par l’Assemblée parlementaire du Conseil de l’Europe, ce prix "
                "distingue les communes actives dans la promotion de l’idéal européen. Angers en a "
                "obtenu les deux premiers niveaux.",
                "en": "Created in 1955 by the Parliamentary Assembly of the Council of Europe, this "
                "prize rewards municipalities active in promoting European ideals. Angers was awarded "
                "its first 2 levels.",
            },
            "own_language_name": {"fr": "Prix de l’Europe", "en": "Prix de l’Europe"},
            "awarding_body": {
                "fr": "Assemblée parlementaire du Conseil de l’Europe",
                "en": "Parliamentary Assembly of the Council of Europe",
            },
            "rewards": {
                "fr": "Le Prix de l’Europe a été créé en 1955 par l’Assemblée parlementaire du Conseil "
                "de l’Europe, à Strasbourg, pour récompenser les communes particulièrement actives dans "
                "la promotion de l’idéal européen. Angers s’est vu décerner les deux premiers niveaux de "
                "ce prix (une plaque d’honneur).",
                "en": "The Europe Prize was created in 1955 by the Parliamentary Assembly of the Council "
                "of Europe in Strasbourg to reward municipalities particularly active in promoting "
                "European ideals. Angers was awarded the first 2 levels of this prize (a plaque of "
                "honour).",
            },
        },
        "data": {
            "own_language": "fr",
            "year_created": 1955,
            "scope": "european",
            "website": "https://pace.coe.int/en/pages/europe-prize",
            "website_language": "en",
        },
        "levels": [
            {
                "name": {"fr": "Premier niveau", "en": "First level"},
                "description": "",
                "obtained": True,
                "year_obtained": None,
            },
            {
                "name": {"fr": "Deuxième niveau : Plaque d’honneur", "en": "Second level: Plaque of Honour"},
                "description": "",
                "obtained": True,
                "year_obtained": None,
            },
        ],
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Angers détient les deux premiers niveaux du Prix de l’Europe, dont la "
                    "Plaque d’honneur.</p>",
                    "en": "<p>Angers holds the first two levels of the Europe Prize, including the Plaque "
                    "of Honour.</p>",
                },
            ),
            (
                "link",
                {
                    "url": "https://pace.coe.int/en/pages/europe-prize",
                    "text": {
                        "fr": "Les villes lauréates du Prix de l’Europe depuis 1955 (en anglais)",
                        "en": "Towns awarded the Europe Prize since 1955",
                    },
                },
            ),
        ],
    },
    # Editorial pages ---------------------------------------------------------------------
    {
        "key": "legal-notice",
        "type": "angers_intl.StandardPage",
        "parent": "home",
        "title": {"fr": "Mentions légales", "en": "Legal notice"},
        "slug": {"fr": "mentions-legales", "en": "legal-notice"},
        "text": {
            "summary": {
                "fr": "L’éditeur, le directeur de la publication et l’hébergeur du portail Angers "
                "International.",
                "en": "The publisher, publication director and host of the Angers International portal.",
            },
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<h2>Éditeur</h2>"
                    "<p>Ville d’Angers, Hôtel de ville, boulevard de la Résistance-et-de-la-Déportation, "
                    "CS 80011, 49020 Angers Cedex 02. Téléphone : 02 41 05 40 00.</p>"
                    "<h2>Directeur de la publication</h2>"
                    "<p>Le maire d’Angers.</p>"
                    "<h2>Hébergement</h2>"
                    "<p>Le portail est hébergé par la direction des systèmes d’information de la ville "
                    "d’Angers, à l’adresse ci-dessus.</p>"
                    "<h2>Propriété intellectuelle</h2>"
                    "<p>Les textes du portail appartiennent à la ville d’Angers ; ils peuvent être cités "
                    "avec mention de la source. Les noms et logos des organisations présentées restent "
                    "leur propriété ; les emblèmes affichés sont provisoires.</p>"
                    "<h2>Liens externes</h2>"
                    "<p>Les liens vers les sites des réseaux et des organismes s’ouvrent dans une nouvelle "
                    "fenêtre. La ville d’Angers n’est pas responsable du contenu de ces sites.</p>",
                    "en": "<h2>Publisher</h2>"
                    "<p>City of Angers, Hôtel de ville, boulevard de la Résistance-et-de-la-Déportation, "
                    "CS 80011, 49020 Angers Cedex 02, France. Telephone: +33 2 41 05 40 00.</p>"
                    "<h2>Publication director</h2>"
                    "<p>The Mayor of Angers.</p>"
                    "<h2>Hosting</h2>"
                    "<p>The portal is hosted by the information systems department of the city of "
                    "Angers, at the address above.</p>"
                    "<h2>Intellectual property</h2>"
                    "<p>The texts of the portal belong to the city of Angers; they may be quoted with "
                    "their source. The names and logos of the organisations presented remain their "
                    "property; the emblems shown are provisional.</p>"
                    "<h2>External links</h2>"
                    "<p>Links to the websites of the networks and organisations open in a new window. The "
                    "city of Angers is not responsible for the content of those websites.</p>",
                },
            ),
        ],
    },
    {
        "key": "accessibility",
        "type": "angers_intl.StandardPage",
        "parent": "home",
        "title": {"fr": "Accessibilité", "en": "Accessibility"},
        "slug": {"fr": "accessibilite", "en": "accessibility"},
        "text": {
            "summary": {
                "fr": "Déclaration d’accessibilité du portail Angers International : partiellement "
                "conforme au RGAA 4.1.",
                "en": "Accessibility statement of the Angers International portal: partially "
                "compliant with RGAA 4.1.",
            },
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>La ville d’Angers s’engage à rendre ses sites internet accessibles "
                    "conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette "
                    "déclaration s’applique au portail Angers International.</p>"
                    "<h2>État de conformité</h2>"
                    "<p>Le portail Angers International est <b>partiellement conforme</b> au référentiel "
                    "général d’amélioration de l’accessibilité (RGAA), version 4.1, car aucun audit "
                    "complet n’a encore été réalisé.</p>"
                    "<h2>Résultats des tests</h2>"
                    "<p>L’autoévaluation a été menée avec des tests automatisés (axe-core) sur chaque type "
                    "de page, en français et en anglais, et par des vérifications manuelles au clavier et "
                    "avec un lecteur d’écran. Un audit complet est prévu.</p>"
                    "<h2>Contenus non accessibles</h2>"
                    "<p>Aucun contenu non accessible n’a été identifié à ce jour. Les logos des "
                    "organisations sont des emblèmes provisoires.</p>"
                    "<h2>Technologies utilisées</h2>"
                    "<p>HTML et CSS.</p>"
                    "<h2>Signaler un problème</h2>"
                    "<p>Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez à "
                    '<a href="mailto:accessibilite@ville.angers.fr">accessibilite@ville.angers.fr</a> '
                    "ou par courrier à la ville d’Angers, Hôtel de ville, boulevard de la "
                    "Résistance-et-de-la-Déportation, CS 80011, 49020 Angers Cedex 02. Nous vous "
                    "proposerons une alternative accessible.</p>"
                    "<h2>Voies de recours</h2>"
                    "<p>Si vous nous avez signalé un défaut d’accessibilité sans obtenir de réponse "
                    "satisfaisante, vous pouvez saisir le Défenseur des droits :</p>"
                    "<ul>"
                    "<li>par le formulaire en ligne du site "
                    '<a href="https://www.defenseurdesdroits.fr/">defenseurdesdroits.fr</a> ;</li>'
                    "<li>en contactant le délégué du Défenseur des droits dans votre région ;</li>"
                    "<li>par téléphone au 09 69 39 00 00 ;</li>"
                    "<li>par courrier gratuit, sans timbre : Défenseur des droits, Libre réponse 71120, "
                    "75342 Paris CEDEX 07.</li>"
                    "</ul>"
                    "<p>Déclaration établie le 22 novembre 2026.</p>",
                    "en": "<p>The city of Angers is committed to making its websites accessible in "
                    "accordance with article 47 of French law no. 2005-102 of 11 February 2005. This "
                    "statement applies to the Angers International portal.</p>"
                    "<h2>Compliance status</h2>"
                    "<p>The Angers International portal is <b>partially compliant</b> with the French "
                    "accessibility standard (RGAA), version 4.1, because no full audit has been carried "
                    "out yet.</p>"
                    "<h2>Test results</h2>"
                    "<p>The self-assessment was carried out with automated tests (axe-core) on every "
                    "type of page, in French and in English, and with manual checks using the keyboard "
                    "and a screen reader. A full audit is planned.</p>"
                    "<h2>Content that is not accessible</h2>"
                    "<p>No inaccessible content has been identified so far. The organisations’ logos are "
                    "provisional emblems.</p>"
                    "<h2>Technologies used</h2>"
                    "<p>HTML and CSS.</p>"
                    "<h2>Report a problem</h2>"
                    "<p>If you cannot access some content or a service, write to "
                    '<a href="mailto:accessibilite@ville.angers.fr">accessibilite@ville.angers.fr</a> '
                    "or by post to the city of Angers, Hôtel de ville, boulevard de la "
                    "Résistance-et-de-la-Déportation, CS 80011, 49020 Angers Cedex 02, France. We will "
                    "offer you an accessible alternative.</p>"
                    "<h2>Remedies</h2>"
                    "<p>If you have reported an accessibility problem and did not get a satisfactory "
                    "answer, you may refer the matter to the Défenseur des droits (the French "
                    "Defender of Rights):</p>"
                    "<ul>"
                    "<li>through the online form on "
                    '<a href="https://www.defenseurdesdroits.fr/">defenseurdesdroits.fr</a>;</li>'
                    "<li>by contacting the Defender of Rights’ delegate in your region;</li>"
                    "<li>by telephone on +33 9 69 39 00 00;</li>"
                    "<li>by free post, without a stamp: Défenseur des droits, Libre réponse 71120, "
                    "75342 Paris CEDEX 07, France.</li>"
                    "</ul>"
                    "<p>Statement drawn up on 22 November 2026.</p>",
                },
            ),
        ],
    },
    {
        "key": "personal-data",
        "type": "angers_intl.StandardPage",
        "parent": "home",
        "title": {"fr": "Données personnelles", "en": "Personal data"},
        "slug": {"fr": "donnees-personnelles", "en": "personal-data"},
        "text": {
            "summary": {
                "fr": "Le portail ne collecte aucune donnée personnelle de ses visiteurs et ne dépose "
                "aucun cookie de mesure d’audience.",
                "en": "The portal collects no personal data from its visitors and sets no audience "
                "measurement cookie.",
            },
        },
        "body": [
            (
                "paragraph",
                {
                    "fr": "<h2>Ce que le portail collecte</h2>"
                    "<p>Le portail public ne collecte aucune donnée personnelle de ses visiteurs et ne "
                    "dépose aucun cookie de suivi ou de mesure d’audience. L’interface d’administration "
                    "dépose des cookies de session et de sécurité, pour le seul personnel de la ville.</p>"
                    "<p>Les journaux du serveur (adresse IP, date, page demandée) sont conservés 12 mois "
                    "pour la sécurité du service.</p>"
                    "<h2>Responsable du traitement</h2>"
                    "<p>Ville d’Angers, Hôtel de ville, boulevard de la Résistance-et-de-la-Déportation, "
                    "CS 80011, 49020 Angers Cedex 02.</p>"
                    "<h2>Vos droits</h2>"
                    "<p>Conformément au règlement général sur la protection des données (RGPD), vous "
                    "disposez d’un droit d’accès, de rectification, d’effacement et d’opposition. Pour "
                    "l’exercer, écrivez au délégué à la protection des données : "
                    '<a href="mailto:dpo@ville.angers.fr">dpo@ville.angers.fr</a>, ou par courrier à '
                    "l’adresse ci-dessus.</p>"
                    "<p>Vous pouvez aussi adresser une réclamation à la CNIL "
                    '(<a href="https://www.cnil.fr/">www.cnil.fr</a>).</p>',
                    "en": "<h2>What the portal collects</h2>"
                    "<p>The public portal collects no personal data from its visitors and sets no "
                    "tracking or audience measurement cookie. The administration interface sets session "
                    "and security cookies, for city staff only.</p>"
                    "<p>Server logs (IP address, date, page requested) are kept for 12 months for the "
                    "security of the service.</p>"
                    "<h2>Data controller</h2>"
                    "<p>City of Angers, Hôtel de ville, boulevard de la Résistance-et-de-la-Déportation, "
                    "CS 80011, 49020 Angers Cedex 02, France.</p>"
                    "<h2>Your rights</h2>"
                    "<p>Under the General Data Protection Regulation (GDPR), you have the right of "
                    "access, rectification, erasure and objection. To exercise it, write to the data "
                    "protection officer: "
                    '<a href="mailto:dpo@ville.angers.fr">dpo@ville.angers.fr</a>, or by post to the '
                    "address above.</p>"
                    "<p>You may also lodge a complaint with the CNIL, the French data protection "
                    'authority (<a href="https://www.cnil.fr/">www.cnil.fr</a>).</p>',
                },
            ),
        ],
    },
    {
        "key": "site-map",
        "type": "angers_intl.StandardPage",
        "parent": "home",
        "title": {"fr": "Plan du site", "en": "Site map"},
        "slug": {"fr": "plan-du-site", "en": "site-map"},
        "text": {
            "summary": {
                "fr": "Toutes les pages du portail Angers International.",
                "en": "Every page of the Angers International portal.",
            },
        },
        "data": {"show_site_map": True},
    },
]
