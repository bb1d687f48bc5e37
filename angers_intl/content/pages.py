"""Content of the Angers International portal: every page, in French (source) and English,
taken from the city of Angers' page on its networks and recognitions and from Cités Unies France's own presentation."""

PAGES = [
    # Home ---------------------------------------------------------------------------------
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
    # City networks --------------------------------------------------------------------------
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
            "summary": {
                "fr": "Née en 1951 à l’initiative d’élus locaux et à l’origine du mouvement des "
                "jumelages en Europe, l’AFCCRE rassemble aujourd’hui plus de 1\u00a0500 collectivités "
                "européennes et internationales.",
                "en": "Founded in 1951 at the initiative of local elected officials and at the origin "
                "of the sister city movement in Europe, AFCCRE now includes over 1,500 European and "
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
                    "fr": "<p>L’AFCCRE a été fondée en 1951 à l’initiative d’élus locaux. À l’origine "
                    "du mouvement des jumelages en Europe au lendemain de la Seconde Guerre mondiale, "
                    "elle rassemble aujourd’hui plus de 1\u00a0500 collectivités européennes et "
                    "internationales : communes, départements, régions et intercommunalités.</p>"
                    "<p>Source d’information de premier plan sur l’actualité et sur l’ensemble des "
                    "politiques européennes, l’AFCCRE aide les collectivités françaises à s’impliquer "
                    "dans ces politiques.</p>",
                    "en": "<p>AFCCRE was founded in 1951 at the initiative of local elected officials. "
                    "At the origin of the sister city movement in Europe during the aftermath of the "
                    "Second World War, it now includes over 1,500 European and international local "
                    "authorities, communes, departments, regions, and intermunicipal bodies.</p>"
                    "<p>AFCCRE is a major source of information on current affairs and all European "
                    "policies, and helps to involve French local authorities in European policies.</p>",
                },
            ),
            (
                "key_figures",
                [
                    {
                        "value": {"fr": "1951", "en": "1951"},
                        "label": {"fr": "année de création", "en": "year founded"},
                    },
                    {
                        "value": {"fr": "plus de 1\u00a0500", "en": "over 1,500"},
                        "label": {
                            "fr": "collectivités européennes et internationales membres",
                            "en": "European and international member local authorities",
                        },
                    },
                ],
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
        "branch_of_page": "uclg",
        "text": {
            "summary": {
                "fr": "Créée en 1975, Cités Unies France fédère les collectivités françaises engagées "
                "dans l’action internationale et la coopération décentralisée. Ses membres sont "
                "automatiquement membres de CGLU.",
                "en": "Founded in 1975, Cités Unies France is the federation of French local "
                "authorities committed to international action and decentralised co-operation. Its "
                "members are automatically members of UCLG.",
            },
            "acronym": {"fr": "CUF", "en": "CUF"},
            "own_language_name": {"fr": "Cités Unies France", "en": "Cités Unies France"},
            "member_description": {
                "fr": "collectivités françaises engagées dans l’action internationale : régions, "
                "départements et villes de toutes tailles",
                "en": "French local authorities committed to international action: regions, "
                "departments and cities of all sizes",
            },
            "angers_role": {"fr": "membre", "en": "member"},
        },
        "data": {
            "own_language": "fr",
            "founding_year": 1975,
            "member_count": 300,
            "member_count_is_minimum": False,
            "scope": "national",
            "website": "https://cites-unies-france.org/",
            "website_language": "fr",
        },
        "body": [
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
                    "des collectivités dans les domaines de l’aménagement urbain, du tourisme, de la "
                    "culture et de l’environnement : il met en commun et valorise les actions "
                    "concertées et renforce la coopération entre les territoires.</p>",
                    "en": "<p>Founded in 1975, Cités Unies France (CUF) brings together French local "
                    "authorities, regions, departments, and cities of all sizes committed to "
                    "international action. CUF is strengthened by institutional and cross-level "
                    "partnerships, and helps its 300 members to gain recognition for their "
                    "international actions, and to inform and support them in the internationalization "
                    "of their territories.</p>"
                    "<p>Through specific country and thematic groups, the network works closely with "
                    "local authorities in the fields of urban development, tourism, culture, and the "
                    "environment, pooling and capitalizing on concerted action and strengthening "
                    "cooperation between territories.</p>",
                },
            ),
            (
                "key_figures",
                [
                    {
                        "value": {"fr": "300", "en": "300"},
                        "label": {
                            "fr": "membres (source : Ville d’Angers)",
                            "en": "members (source: City of Angers)",
                        },
                    },
                    {
                        "value": {"fr": "3\u00a0000", "en": "3,000"},
                        "label": {
                            "fr": "collectivités françaises dans son réseau (source : Cités Unies France)",
                            "en": "French local governments in its network (source: Cités Unies France)",
                        },
                    },
                    {
                        "value": {"fr": "1975", "en": "1975"},
                        "label": {"fr": "année de création", "en": "year founded"},
                    },
                    {
                        "value": {"fr": "plus de 20", "en": "over 20"},
                        "label": {"fr": "« groupes pays »", "en": "“country-groups”"},
                    },
                    {
                        "value": {"fr": "20", "en": "20"},
                        "label": {"fr": "personnes dans son équipe", "en": "people in its team"},
                    },
                    {
                        "value": {"fr": "plus de 200\u00a0000", "en": "over 200,000"},
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
                    "fr": "<h2>300 membres ou 3\u00a0000 collectivités ?</h2>"
                    "<p>Les deux chiffres viennent de deux sources et ne comptent pas la même chose : "
                    "la Ville d’Angers indique que CUF accompagne 300 membres, tandis que Cités Unies "
                    "France, dans sa présentation en anglais, se décrit comme un réseau de 3\u00a0000 "
                    "collectivités françaises engagées dans la coopération internationale.</p>"
                    "<h2>Cités Unies France se présente</h2>"
                    "<p>Cités Unies France (CUF), « French United local governments » en anglais, est "
                    "une fédération de collectivités territoriales françaises engagées dans les "
                    "relations internationales, en particulier dans la coopération décentralisée. Ses "
                    "membres deviennent automatiquement membres de l’organisation mondiale Cités et "
                    "Gouvernements Locaux Unis (CGLU), dont le siège est à Barcelone.</p>"
                    "<p>Créée en 1975, Cités Unies France est présidée par M. Ries, maire de "
                    "Strasbourg.</p>"
                    "<p>Elle entend promouvoir la démocratie locale, la paix, la solidarité "
                    "internationale et une participation forte et réelle des habitants aux affaires "
                    "locales. Elle est convaincue que les villes et les autres niveaux de collectivités "
                    "ont tout à gagner à échanger sur les défis qu’elles rencontrent partout dans le "
                    "monde.</p>"
                    "<h3>Cités Unies France, c’est :</h3>"
                    "<ul>"
                    "<li>un réseau de 3\u00a0000 collectivités françaises engagées dans la coopération "
                    "internationale avec leurs homologues du monde entier ;</li>"
                    "<li>plus de 30 ans d’expérience pour aider les élus locaux français et leurs "
                    "services à s’engager dans la coopération internationale, et à partager savoir-faire "
                    "et expériences avec leurs pairs dans la gestion des affaires publiques ;</li>"
                    "<li>une branche de Cités et Gouvernements Locaux Unis (CGLU), organisation mondiale "
                    "des collectivités locales qui promeut l’autonomie locale démocratique ;</li>"
                    "<li>un défenseur de la diplomatie des villes ;</li>"
                    "<li>plusieurs accords de partenariat avec des associations de collectivités "
                    "étrangères ;</li>"
                    "<li>une plateforme de « groupes pays », consacrés à des pays prioritaires, qui "
                    "offrent aux collectivités une occasion unique de construire avec leurs partenaires "
                    "étrangers des programmes répondant à des enjeux locaux complexes ;</li>"
                    "<li>une équipe de 20 personnes en relation quotidienne avec les organismes "
                    "nationaux et internationaux qui traitent des questions intéressant les "
                    "collectivités ;</li>"
                    "<li>un site web visité plus de 200\u00a0000 fois par an.</li>"
                    "</ul>"
                    "<h2>La coopération décentralisée</h2>"
                    "<p>Depuis 1992, la loi française autorise toutes les collectivités territoriales à "
                    "signer des conventions avec des collectivités étrangères, à condition de respecter "
                    "les engagements internationaux de la France (les traités, en particulier).</p>"
                    "<p>Un nombre important et croissant de collectivités locales et régionales "
                    "s’engagent dans ce nouveau mode d’action : des milliers de partenariats existent "
                    "avec plus d’une centaine de pays dans le monde. Dans ce domaine, Cités Unies France "
                    "informe et conseille, organise des groupes de travail sur des questions précises et "
                    "coordonne plus de vingt « groupes pays ». Ces groupes réunissent les collectivités "
                    "françaises pour faciliter l’échange d’informations et d’expériences et resserrer la "
                    "coopération entre les membres.</p>"
                    "<p>Présidés chacun par un élu local, les « groupes pays » aident à mieux comprendre "
                    "l’environnement culturel, social, économique et politique des collectivités "
                    "partenaires à l’étranger.</p>"
                    "<h2>Ses partenaires</h2>"
                    "<p>CUF travaille en lien étroit avec les autorités nationales françaises : elle a "
                    "signé une convention triennale avec le ministère de l’Europe et des Affaires "
                    "étrangères. Elle travaille aussi avec des ONG françaises, plusieurs institutions de "
                    "la coopération internationale et la Commission européenne.</p>",
                    "en": "<h2>300 members or 3,000 local governments?</h2>"
                    "<p>The two figures come from two sources and do not count the same thing: the city "
                    "of Angers states that CUF supports 300 members, while Cités Unies France, in its "
                    "English presentation, describes itself as a network of 3,000 French local "
                    "governments engaged in international cooperation.</p>"
                    "<h2>Cités Unies France in its own words</h2>"
                    "<p>Cités Unies France (CUF), “French United local governments”, is a federation of "
                    "French local and regional governments involved in international relations and, in "
                    "particular, in decentralised co-operation. Its members automatically become members "
                    "of the world organisation United Cities and Local Governments (UCLG), based in "
                    "Barcelona.</p>"
                    "<p>Cités Unies France was created in 1975; its president is M. Ries, Mayor of "
                    "Strasbourg.</p>"
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
                    "organisation of local authorities, promoting democratic local self-government;</li>"
                    "<li>an advocate of city diplomacy;</li>"
                    "<li>several partnership agreements with local government associations abroad;</li>"
                    "<li>a platform of “country-groups” dedicated to a number of focus countries, "
                    "offering a unique opportunity for local governments to develop, together with their "
                    "partners abroad, programmes that tackle complex local challenges;</li>"
                    "<li>a team of 20 people in day-to-day working relations with international and "
                    "national bodies dealing with issues that are of interest for local governments;</li>"
                    "<li>a website visited more than 200,000 times a year.</li>"
                    "</ul>"
                    "<h2>Decentralised co-operation</h2>"
                    "<p>Since 1992, French legislation has authorised all local authorities to sign "
                    "agreements with foreign counterparts, provided that they do not conflict with French "
                    "national commitments (treaties, in particular).</p>"
                    "<p>A substantial and growing number of local and regional authorities are involved "
                    "in this new mode of action: thousands of partnerships exist with over one hundred "
                    "countries throughout the world. Within the field of international co-operation, "
                    "Cités Unies France provides information and advice, organises working groups on "
                    "specific issues, and co-ordinates more than twenty “country-groups”, bringing "
                    "together French local governments in order to facilitate exchange of information "
                    "and experiences, and foster a closer co-operation between its members.</p>"
                    "<p>These “country-groups”, each chaired by a local elected official, contribute to "
                    "a better understanding of the cultural, social, economic, and political environment "
                    "of their foreign counterparts.</p>"
                    "<h2>Its partners</h2>"
                    "<p>CUF maintains a close working relation with French national authorities: it has "
                    "a three-year agreement with the Ministry of Foreign and European Affairs. It also "
                    "works with French NGOs, several institutions in the field of international "
                    "co-operation, and the European Commission.</p>",
                },
            ),
            (
                "link",
                {
                    "page": "uclg",
                    "text": {
                        "fr": "Cités et Gouvernements Locaux Unis, fondée par Cités Unies France",
                        "en": "United Cities and Local Governments, founded by Cités Unies France",
                    },
                },
            ),
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
        "logo": "CGLU",
        "founded_by_page": "cuf",
        "text": {
            "summary": {
                "fr": "Fondée par Cités Unies France en 2004, CGLU est la plus grande organisation de "
                "collectivités locales au monde : présente sur tous les continents, elle représente "
                "près de 70\u00a0% de la population mondiale.",
                "en": "Founded by CUF in 2004, UCLG is the world's largest organisation of local "
                "governments: with representatives from every continent, it represents nearly 70% of "
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
                    "fr": "<p>Fondée par Cités Unies France (CUF) en 2004, Cités et Gouvernements Locaux "
                    "Unis (CGLU) est la plus grande organisation de collectivités locales au monde. Avec "
                    "des représentants sur tous les continents, qui représentent près de 70\u00a0% de la "
                    "population mondiale, CGLU est la voix des collectivités locales : elle porte leur "
                    "point de vue sur les enjeux mondiaux, par la coordination et l’échange de bonnes "
                    "pratiques.</p>"
                    "<p>Les membres de Cités Unies France, réseau auquel Angers participe, deviennent "
                    "automatiquement membres de CGLU, dont le siège est à Barcelone.</p>",
                    "en": "<p>Founded by CUF in 2004, United Cities and Local Governments (UCLG) is the "
                    "world's largest organisation of local governments. With representatives from every "
                    "continent, representing nearly 70% of the world's population, UCLG is the voice of "
                    "governments, bringing local perspectives to global issues through coordination and "
                    "the exchange of best practice.</p>"
                    "<p>The members of Cités Unies France, a network Angers takes part in, automatically "
                    "become members of UCLG, which is based in Barcelona.</p>",
                },
            ),
            (
                "key_figures",
                [
                    {
                        "value": {"fr": "2004", "en": "2004"},
                        "label": {"fr": "année de création", "en": "year founded"},
                    },
                    {
                        "value": {"fr": "près de 70\u00a0%", "en": "nearly 70%"},
                        "label": {
                            "fr": "de la population mondiale représentée",
                            "en": "of the world's population represented",
                        },
                    },
                ],
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
        "logo": "EUROC",
        "text": {
            "summary": {
                "fr": "Depuis 1986, Eurocities fédère les grandes villes d’Europe, plus de 200 villes "
                "membres dans 38 pays, soit 130 millions d’habitants, autour d’un objectif commun : "
                "construire ensemble un avenir meilleur.",
                "en": "Since 1986, Eurocities has been uniting Europe's major cities, over 200 member "
                "cities representing 38 countries and 130 million inhabitants, around a common goal: "
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
                "key_figures",
                [
                    {
                        "value": {"fr": "plus de 200", "en": "over 200"},
                        "label": {"fr": "villes membres", "en": "member cities"},
                    },
                    {
                        "value": {"fr": "38", "en": "38"},
                        "label": {"fr": "pays", "en": "countries"},
                    },
                    {
                        "value": {"fr": "130 millions", "en": "130 million"},
                        "label": {"fr": "d’habitants", "en": "inhabitants"},
                    },
                    {
                        "value": {"fr": "1986", "en": "1986"},
                        "label": {"fr": "année de création", "en": "year founded"},
                    },
                ],
            ),
            (
                "paragraph",
                {
                    "fr": "<p>Fort de plus de 200 villes membres dans 38 pays, qui représentent "
                    "130 millions d’habitants, le réseau Eurocities fédère depuis 1986 les grandes villes "
                    "d’Europe autour d’un objectif commun : construire ensemble un avenir meilleur. En "
                    "s’inspirant les unes des autres, en partageant leurs bonnes pratiques et en "
                    "coordonnant leurs actions, les villes membres agissent pour le climat, l’équité "
                    "sociale et une économie à la fois mondiale et locale.</p>"
                    "<p>Depuis Bruxelles, Eurocities veut aussi donner une voix aux villes, pour qu’elles "
                    "participent à l’élaboration des politiques européennes, et rapprocher les décideurs "
                    "des citoyens.</p>",
                    "en": "<p>With over 200 member cities representing 38 countries and 130 million "
                    "inhabitants, the Eurocities network has been uniting Europe's major cities since "
                    "1986 around a common goal: building a better future together. By drawing "
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
    # Thematic networks ----------------------------------------------------------------------
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
            "summary": {
                "fr": "Un réseau international de villes engagées contre le changement climatique : "
                "12\u00a0761 villes membres dans 142 pays, qui représentent plus d’un milliard "
                "d’habitants.",
                "en": "An international network of cities dedicated to the fight against climate "
                "change: 12,761 member cities from 142 countries, representing a population of over "
                "1 billion.",
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
                "key_figures",
                [
                    {
                        "value": {"fr": "12\u00a0761", "en": "12,761"},
                        "label": {"fr": "villes membres", "en": "member cities"},
                    },
                    {
                        "value": {"fr": "142", "en": "142"},
                        "label": {"fr": "pays", "en": "countries"},
                    },
                    {
                        "value": {"fr": "plus d’un milliard", "en": "over 1 billion"},
                        "label": {"fr": "d’habitants représentés", "en": "people represented"},
                    },
                    {
                        "value": {"fr": "2030", "en": "2030"},
                        "label": {
                            "fr": "échéance pour réduire les émissions de CO2",
                            "en": "deadline for reducing CO2 emissions",
                        },
                    },
                ],
            ),
            (
                "paragraph",
                {
                    "fr": "<p>La Convention des maires est un réseau international de villes engagées "
                    "dans la lutte contre le changement climatique. Avec ses 12\u00a0761 villes membres, "
                    "qui représentent plus d’un milliard d’habitants dans 142 pays, la GCoM veut apporter "
                    "des solutions locales coordonnées à une action mondiale de réduction des émissions "
                    "de CO2 d’ici 2030, avec pour horizon, à long terme, une société résiliente et sobre "
                    "en carbone.</p>",
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
        "slug": {"fr": "villes-educatrices", "en": "educating-cities"},
        "logo": "EdCities",
        "text": {
            "summary": {
                "fr": "Fondée en 1994, l’association rassemble plus de 500 villes dans 34 pays, "
                "engagées par la Charte des villes éducatrices.",
                "en": "Founded in 1994, EdCities brings together over 500 cities in 34 countries "
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
                "key_figures",
                [
                    {
                        "value": {"fr": "1994", "en": "1994"},
                        "label": {"fr": "année de création", "en": "year founded"},
                    },
                    {
                        "value": {"fr": "plus de 500", "en": "over 500"},
                        "label": {"fr": "villes membres", "en": "member cities"},
                    },
                    {
                        "value": {"fr": "34", "en": "34"},
                        "label": {"fr": "pays", "en": "countries"},
                    },
                ],
            ),
            (
                "paragraph",
                {
                    "fr": "<p>Fondée en 1994 et forte de plus de 500 villes dans 34 pays, l’Association "
                    "internationale des villes éducatrices (EdCities) rassemble des collectivités "
                    "locales engagées par la Charte des villes éducatrices.</p>"
                    "<p>Elle promeut l’apprentissage tout au long de la vie, la mobilisation de tous les "
                    "acteurs de l’éducation et la reconnaissance de l’éducation comme axe de "
                    "développement stratégique. Elle accompagne ses membres dans la coordination de "
                    "projets et le partage de bonnes pratiques.</p>",
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
    # International recognition ----------------------------------------------------------------
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
        "logo": "TREE",
        "text": {
            "summary": {
                "fr": "Une distinction pour les villes qui mènent des politiques et des actions en "
                "faveur de la forêt urbaine et de la végétation en ville.",
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
                    "(« villes arborées du monde »), une reconnaissance portée par une organisation des "
                    "Nations unies.</p>",
                    "en": "<p>Angers is among the cities recognised by Tree Cities of the World, a "
                    "recognition from an organisation of the United Nations.</p>",
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
        "logo": "EUROPE",
        "text": {
            "summary": {
                "fr": "Créé en 1955 par l’Assemblée parlementaire du Conseil de l’Europe, le Prix de "
                "l’Europe récompense les communes particulièrement actives pour l’idéal européen. "
                "Angers en a reçu les deux premiers niveaux.",
                "en": "Created in 1955 by the Parliamentary Assembly of the Council of Europe, the "
                "Europe Prize rewards municipalities particularly active in promoting European ideals. "
                "Angers was awarded its first two levels.",
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
                    "fr": "<p>Le Prix de l’Europe a été créé en 1955 par l’Assemblée parlementaire du "
                    "Conseil de l’Europe, à Strasbourg. Angers s’est vu décerner les deux premiers "
                    "niveaux de ce prix, dont la Plaque d’honneur.</p>",
                    "en": "<p>The Europe Prize was created in 1955 by the Parliamentary Assembly of the "
                    "Council of Europe in Strasbourg. Angers was awarded the first two levels of this "
                    "prize, including the Plaque of Honour.</p>",
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
    # Legal and editorial pages ---------------------------------------------------------------
    {
        "key": "legal-notice",
        "type": "angers_intl.StandardPage",
        "parent": "home",
        "title": {"fr": "Mentions légales", "en": "Legal notice"},
        "slug": {"fr": "mentions-legales", "en": "legal-notice"},
        "text": {
            "summary": {
                "fr": "Éditeur, direction de la publication, hébergement, propriété intellectuelle et "
                "liens externes du portail Angers International.",
                "en": "Publisher, director of publication, hosting, intellectual property and external "
                "links of the Angers International portal.",
            },
        },
        "data": {"show_site_map": False},
        "body": [
            (
                "paragraph",
                {
                    "fr": "<h2>Éditeur</h2>"
                    "<p>Le portail Angers International est édité par la Ville d’Angers, Hôtel de ville, "
                    "boulevard de la Résistance-et-de-la-Déportation, CS 80011, 49020 Angers Cedex 02.</p>"
                    "<p>Téléphone : 02 41 05 40 00</p>"
                    "<h2>Directeur de la publication</h2>"
                    "<p>Le maire d’Angers.</p>"
                    "<h2>Hébergement</h2>"
                    "<p>Le portail est hébergé par la Ville d’Angers, au sein de sa direction des "
                    "systèmes d’information, à l’adresse de l’éditeur.</p>"
                    "<h2>Propriété intellectuelle</h2>"
                    "<p>Les textes de ce portail sont la propriété de la Ville d’Angers. Toute "
                    "reproduction, même partielle, est soumise à son autorisation préalable, sauf courte "
                    "citation mentionnant la source.</p>"
                    "<p>Les logos affichés pour les réseaux et les distinctions sont des emblèmes "
                    "provisoires, en attendant les logos officiels. Les noms, sigles et logos des "
                    "organisations citées restent la propriété de ces organisations.</p>"
                    "<h2>Liens externes</h2>"
                    "<p>Le portail renvoie vers des sites extérieurs, notamment les sites officiels des "
                    "réseaux et des distinctions présentés. La Ville d’Angers n’exerce aucun contrôle sur "
                    "ces sites et ne peut être tenue pour responsable de leur contenu.</p>",
                    "en": "<h2>Publisher</h2>"
                    "<p>The Angers International portal is published by the City of Angers (Ville "
                    "d'Angers), Hôtel de ville, boulevard de la Résistance-et-de-la-Déportation, "
                    "CS 80011, 49020 Angers Cedex 02, France.</p>"
                    "<p>Telephone: 02 41 05 40 00 (from abroad: +33 2 41 05 40 00)</p>"
                    "<h2>Director of publication</h2>"
                    "<p>The Mayor of Angers.</p>"
                    "<h2>Hosting</h2>"
                    "<p>The portal is hosted by the City of Angers, within its IT department (Direction "
                    "des systèmes d'information), at the publisher's address.</p>"
                    "<h2>Intellectual property</h2>"
                    "<p>The texts of this portal are the property of the City of Angers. Any "
                    "reproduction, even partial, requires its prior permission, except for short "
                    "quotations that name the source.</p>"
                    "<p>The logos shown for the networks and recognitions are provisional emblems, "
                    "pending the official logos. The names, acronyms and logos of the organisations "
                    "mentioned remain the property of those organisations.</p>"
                    "<h2>External links</h2>"
                    "<p>The portal links to external websites, in particular the official sites of the "
                    "networks and recognitions it presents. The City of Angers has no control over these "
                    "sites and cannot be held responsible for their content.</p>",
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
                "conforme au RGAA 4.1, en attendant un audit complet.",
                "en": "Accessibility statement of the Angers International portal: partially compliant "
                "with RGAA 4.1, pending a full audit.",
            },
        },
        "data": {"show_site_map": False},
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>La Ville d’Angers s’engage à rendre le portail Angers International "
                    "accessible, conformément à l’article 47 de la loi n° 2005-102 du 11 février "
                    "2005.</p>"
                    "<p>Cette déclaration d’accessibilité s’applique au portail Angers International, "
                    "dans ses versions française et anglaise.</p>"
                    "<h2>État de conformité</h2>"
                    "<p>Le portail Angers International est <b>partiellement conforme</b> au référentiel "
                    "général d’amélioration de l’accessibilité (RGAA), version 4.1, car aucun audit "
                    "complet n’a encore été réalisé.</p>"
                    "<h2>Résultats des tests</h2>"
                    "<p>Une auto-évaluation a été menée au moyen de tests automatisés (axe-core) et de "
                    "vérifications manuelles : navigation au clavier et lecture avec un lecteur d’écran. "
                    "Un audit complet est prévu.</p>"
                    "<h2>Contenus non accessibles</h2>"
                    "<p>Aucun contenu non accessible n’a été identifié à ce jour.</p>"
                    "<p>Les logos des réseaux et des distinctions sont des emblèmes provisoires, en "
                    "attendant les logos officiels des organisations.</p>"
                    "<h2>Établissement de cette déclaration d’accessibilité</h2>"
                    "<p>Cette déclaration a été établie le 22 novembre 2026.</p>"
                    "<h3>Technologies utilisées pour la réalisation du portail</h3>"
                    "<ul>"
                    "<li>HTML</li>"
                    "<li>CSS</li>"
                    "</ul>"
                    "<h3>Outils utilisés pour évaluer l’accessibilité</h3>"
                    "<ul>"
                    "<li>axe-core, pour les tests automatisés</li>"
                    "<li>vérifications manuelles au clavier et avec un lecteur d’écran</li>"
                    "</ul>"
                    "<h2>Retour d’information et contact</h2>"
                    "<p>Si vous n’arrivez pas à accéder à un contenu ou à un service, ou si vous "
                    "constatez un défaut d’accessibilité, vous pouvez le signaler à la Ville d’Angers "
                    "pour être orienté vers une alternative accessible ou obtenir le contenu sous une "
                    "autre forme :</p>"
                    "<ul>"
                    "<li>par courriel : accessibilite@ville.angers.fr ;</li>"
                    "<li>par courrier : Ville d’Angers, Hôtel de ville, boulevard de la "
                    "Résistance-et-de-la-Déportation, CS 80011, 49020 Angers Cedex 02.</li>"
                    "</ul>"
                    "<h2>Voies de recours</h2>"
                    "<p>Si vous avez signalé au responsable du portail un défaut d’accessibilité qui vous "
                    "empêche d’accéder à un contenu ou à un service, et que vous n’avez pas obtenu de "
                    "réponse satisfaisante, vous êtes en droit de saisir le Défenseur des droits :</p>"
                    "<ul>"
                    "<li>par le formulaire en ligne sur le site "
                    '<a href="https://www.defenseurdesdroits.fr/">defenseurdesdroits.fr</a> ;</li>'
                    "<li>en contactant le délégué du Défenseur des droits dans votre région ;</li>"
                    "<li>par téléphone, au 09 69 39 00 00 ;</li>"
                    "<li>par courrier, gratuitement et sans affranchissement : Défenseur des droits, "
                    "Libre réponse 71120, 75342 Paris CEDEX 07.</li>"
                    "</ul>",
                    "en": "<p>The City of Angers is committed to making the Angers International portal "
                    "accessible, in line with article 47 of law no. 2005-102 of 11 February 2005.</p>"
                    "<p>This accessibility statement applies to the Angers International portal, in its "
                    "French and English versions.</p>"
                    "<h2>Compliance status</h2>"
                    "<p>The Angers International portal is <b>partially compliant</b> with the French "
                    "general accessibility improvement framework (RGAA), version 4.1, because no full "
                    "audit has been carried out yet.</p>"
                    "<h2>Test results</h2>"
                    "<p>A self-assessment was carried out with automated tests (axe-core) and manual "
                    "checks: keyboard navigation and reading with a screen reader. A full audit is "
                    "planned.</p>"
                    "<h2>Non-accessible content</h2>"
                    "<p>No non-accessible content has been identified so far.</p>"
                    "<p>The logos of the networks and recognitions are provisional emblems, pending the "
                    "organisations' official logos.</p>"
                    "<h2>Preparation of this accessibility statement</h2>"
                    "<p>This statement was drawn up on 22 November 2026.</p>"
                    "<h3>Technologies used to build the portal</h3>"
                    "<ul>"
                    "<li>HTML</li>"
                    "<li>CSS</li>"
                    "</ul>"
                    "<h3>Tools used to assess accessibility</h3>"
                    "<ul>"
                    "<li>axe-core, for automated tests</li>"
                    "<li>manual checks with the keyboard and with a screen reader</li>"
                    "</ul>"
                    "<h2>Feedback and contact</h2>"
                    "<p>If you cannot access a piece of content or a service, or if you notice an "
                    "accessibility problem, you can report it to the City of Angers to be directed to an "
                    "accessible alternative or to obtain the content in another form:</p>"
                    "<ul>"
                    "<li>by email: accessibilite@ville.angers.fr;</li>"
                    "<li>by post: Ville d'Angers, Hôtel de ville, boulevard de la "
                    "Résistance-et-de-la-Déportation, CS 80011, 49020 Angers Cedex 02, France.</li>"
                    "</ul>"
                    "<h2>Remedies</h2>"
                    "<p>If you have reported to the portal's manager an accessibility problem that "
                    "prevents you from accessing a piece of content or a service, and you have not "
                    "received a satisfactory answer, you are entitled to refer the matter to the "
                    "Défenseur des droits (the French Defender of Rights):</p>"
                    "<ul>"
                    "<li>through the online form on the "
                    '<a href="https://www.defenseurdesdroits.fr/">defenseurdesdroits.fr</a> '
                    "website;</li>"
                    "<li>by contacting the Défenseur des droits delegate in your region;</li>"
                    "<li>by phone, on 09 69 39 00 00 (from abroad: +33 9 69 39 00 00);</li>"
                    "<li>by post, free of charge and without a stamp: Défenseur des droits, Libre "
                    "réponse 71120, 75342 Paris CEDEX 07, France.</li>"
                    "</ul>",
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
                "fr": "Le portail Angers International ne collecte aucune donnée personnelle auprès "
                "de ses visiteurs et ne dépose aucun cookie de suivi ni de mesure d’audience.",
                "en": "The Angers International portal collects no personal data from its visitors "
                "and sets no tracking or audience measurement cookie.",
            },
        },
        "data": {"show_site_map": False},
        "body": [
            (
                "paragraph",
                {
                    "fr": "<h2>Ce que le portail collecte</h2>"
                    "<p>Le portail public ne collecte aucune donnée personnelle auprès de ses visiteurs "
                    "et ne dépose aucun cookie de suivi ni de mesure d’audience.</p>"
                    "<h2>Cookies de l’interface d’administration</h2>"
                    "<p>L’interface d’administration, réservée aux agents de la Ville d’Angers qui "
                    "rédigent et publient les pages, dépose des cookies de session et de protection "
                    "contre la falsification de requêtes (CSRF). Ils ne concernent que ces agents.</p>"
                    "<h2>Journaux du serveur</h2>"
                    "<p>Pour la sécurité du service, le serveur enregistre dans ses journaux l’adresse "
                    "IP, la date et la page demandée. Ces journaux sont conservés 12 mois.</p>"
                    "<h2>Responsable du traitement</h2>"
                    "<p>Ville d’Angers, Hôtel de ville, boulevard de la Résistance-et-de-la-Déportation, "
                    "CS 80011, 49020 Angers Cedex 02.</p>"
                    "<h2>Vos droits</h2>"
                    "<p>Conformément au règlement général sur la protection des données (RGPD), vous "
                    "disposez notamment d’un droit d’accès, de rectification, d’effacement et "
                    "d’opposition sur les données qui vous concernent. Pour les exercer, écrivez au "
                    "délégué à la protection des données de la Ville d’Angers :</p>"
                    "<ul>"
                    "<li>par courriel : dpo@ville.angers.fr ;</li>"
                    "<li>par courrier : Délégué à la protection des données, Ville d’Angers, Hôtel de "
                    "ville, boulevard de la Résistance-et-de-la-Déportation, CS 80011, 49020 Angers "
                    "Cedex 02.</li>"
                    "</ul>"
                    "<p>Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une "
                    "réclamation à la Commission nationale de l’informatique et des libertés (CNIL), sur "
                    '<a href="https://www.cnil.fr/">www.cnil.fr</a>.</p>',
                    "en": "<h2>What the portal collects</h2>"
                    "<p>The public portal collects no personal data from its visitors and sets no "
                    "tracking or audience measurement cookie.</p>"
                    "<h2>Cookies of the administration interface</h2>"
                    "<p>The administration interface, reserved for the City of Angers staff who write "
                    "and publish the pages, sets session cookies and cookies protecting against "
                    "cross-site request forgery (CSRF). They only concern these staff members.</p>"
                    "<h2>Server logs</h2>"
                    "<p>For the security of the service, the server records the IP address, the date "
                    "and the page requested in its logs. These logs are kept for 12 months.</p>"
                    "<h2>Data controller</h2>"
                    "<p>Ville d'Angers, Hôtel de ville, boulevard de la Résistance-et-de-la-Déportation, "
                    "CS 80011, 49020 Angers Cedex 02, France.</p>"
                    "<h2>Your rights</h2>"
                    "<p>Under the General Data Protection Regulation (GDPR), you have in particular the "
                    "rights of access, rectification, erasure and objection regarding data about you. To "
                    "exercise them, write to the City of Angers' data protection officer:</p>"
                    "<ul>"
                    "<li>by email: dpo@ville.angers.fr;</li>"
                    "<li>by post: Data protection officer (Délégué à la protection des données), Ville "
                    "d'Angers, Hôtel de ville, boulevard de la Résistance-et-de-la-Déportation, "
                    "CS 80011, 49020 Angers Cedex 02, France.</li>"
                    "</ul>"
                    "<p>If you consider that your rights are not respected, you can lodge a complaint "
                    "with the French data protection authority (CNIL), on "
                    '<a href="https://www.cnil.fr/">www.cnil.fr</a>.</p>',
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
                "fr": "Toutes les pages du portail Angers International, rubrique par rubrique.",
                "en": "Every page of the Angers International portal, section by section.",
            },
        },
        "data": {"show_site_map": True},
        "body": [
            (
                "paragraph",
                {
                    "fr": "<p>Retrouvez ci-dessous toutes les pages du portail, rubrique par rubrique.</p>",
                    "en": "<p>Below are all the pages of the portal, section by section.</p>",
                },
            ),
        ],
    },
]
