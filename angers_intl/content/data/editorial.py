"""The legal and editorial pages: legal notice, accessibility, personal data, site map. See angers_intl/content/schema.py for what each entry holds."""

PAGES = [
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
        "data": {"show_site_map": False, "show_in_footer": True},
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
        "data": {"show_site_map": False, "show_in_footer": True},
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
        "data": {"show_site_map": False, "show_in_footer": True},
        "body": [
            (
                "paragraph",
                {
                    "fr": "<h2>Ce que le portail collecte</h2>"
                    "<p>Aucun formulaire public, aucun compte de lecteur, aucun outil de mesure "
                    "d’audience ni contenu de réseau social n’est intégré aux pages : les lire ne "
                    "demande ni n’enregistre rien sur vous, en dehors des journaux du serveur "
                    "décrits plus bas.</p>"
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
                    "<p>No public form, no reader account, no audience measurement tool and no social "
                    "network content is built into the pages: reading them neither asks for nor "
                    "records anything about you, apart from the server logs described below.</p>"
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
        "data": {"show_site_map": True, "show_in_footer": True},
    },
]
