"""Cités Unies France, with the presentation it gives of itself. See
angers_intl/content/schema.py for what each entry holds."""

PAGES = [
    {
        "key": "cuf",
        "type": "networks.NetworkPage",
        "parent": "city-networks",
        "title": {"fr": "Cités Unies France", "en": "United Cities France"},
        "slug": {"fr": "cites-unies-france", "en": "united-cities-france"},
        "logo": "CUF",
        "branch_of_page": "uclg",
        "text": {
            "figures_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "facts_source": {"fr": "la Ville d’Angers", "en": "the City of Angers"},
            "summary": {
                "fr": "Créée en {création}, Cités Unies France fédère les collectivités françaises engagées "
                "dans l’action internationale et la coopération décentralisée. Ses membres sont "
                "automatiquement membres de CGLU.",
                "en": "Founded in {création}, Cités Unies France is the federation of French local "
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
                    "fr": "<p>Créée en {création}, Cités Unies France (CUF) rassemble des collectivités "
                    "françaises engagées dans l’action internationale : régions, départements et villes "
                    "de toutes tailles. Forte de partenariats institutionnels et entre niveaux de "
                    "collectivités, elle aide ses {membres} membres à faire reconnaître leur action "
                    "internationale, les informe et les accompagne dans l’internationalisation de leur "
                    "territoire.</p>"
                    "<p>Par ses groupes pays et ses groupes thématiques, le réseau travaille au plus près "
                    "des collectivités dans les domaines de l’aménagement urbain, du tourisme, de la "
                    "culture et de l’environnement : il met en commun et valorise les actions "
                    "concertées et renforce la coopération entre les territoires.</p>",
                    "en": "<p>Founded in {création}, Cités Unies France (CUF) brings together French local "
                    "authorities, regions, departments, and cities of all sizes committed to "
                    "international action. CUF is strengthened by institutional and cross-level "
                    "partnerships, and helps its {membres} members to gain recognition for their "
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
                        "value": {"fr": "3\u00a0000", "en": "3,000"},
                        "label": {
                            "fr": "collectivités françaises dans son réseau (source : Cités Unies France)",
                            "en": "French local governments in its network (source: Cités Unies France)",
                        },
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
                    "fr": "<h2>{membres} membres ou 3\u00a0000 collectivités ?</h2>"
                    "<p>Les deux chiffres viennent de deux sources et ne comptent pas la même chose : "
                    "la Ville d’Angers indique que CUF accompagne {membres} membres, tandis que Cités Unies "
                    "France, dans sa présentation en anglais, se décrit comme un réseau de 3\u00a0000 "
                    "collectivités françaises engagées dans la coopération internationale.</p>"
                    "<h2>Cités Unies France se présente</h2>"
                    "<p><em>D’après sa présentation en anglais, qui n’est pas datée : sa présidence "
                    "et ses chiffres ont pu changer depuis.</em></p>"
                    "<p>Cités Unies France (CUF), « French United local governments » en anglais, est "
                    "une fédération de collectivités territoriales françaises engagées dans les "
                    "relations internationales, en particulier dans la coopération décentralisée. Ses "
                    "membres deviennent automatiquement membres de l’organisation mondiale Cités et "
                    "Gouvernements Locaux Unis (CGLU), dont le siège est à Barcelone.</p>"
                    "<p>Créée en {création}, Cités Unies France y indique être présidée par M. Ries, maire "
                    "de Strasbourg.</p>"
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
                    "en": "<h2>{membres} members or 3,000 local governments?</h2>"
                    "<p>The two figures come from two sources and do not count the same thing: the city "
                    "of Angers states that CUF supports {membres} members, while Cités Unies France, in its "
                    "English presentation, describes itself as a network of 3,000 French local "
                    "governments engaged in international cooperation.</p>"
                    "<h2>Cités Unies France in its own words</h2>"
                    "<p><em>From its English presentation, which is not dated: its presidency and "
                    "figures may have changed since.</em></p>"
                    "<p>Cités Unies France (CUF), “French United local governments”, is a federation of "
                    "French local and regional governments involved in international relations and, in "
                    "particular, in decentralised co-operation. Its members automatically become members "
                    "of the world organisation United Cities and Local Governments (UCLG), based in "
                    "Barcelona.</p>"
                    "<p>Cités Unies France was created in {création}; the presentation names its president "
                    "as M. Ries, Mayor of Strasbourg.</p>"
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
]
