"""The Angers International content, every page in French (the source) and English,
taken from the city of Angers' page on its networks and recognitions and from Cités Unies
France's own presentation. One module per section; parents come before their children.
"""

from . import city_networks, editorial, home, overview, recognitions, thematic_networks

PAGES = [
    *home.PAGES,
    *city_networks.PAGES,
    *thematic_networks.PAGES,
    *recognitions.PAGES,
    *overview.PAGES,
    *editorial.PAGES,
]

# The portal settings a new site starts with (editors change them under Paramètres >
# Réglages du portail): the city hall's address and switchboard.
PORTAL_SETTINGS = {
    "postal_address": "Hôtel de ville\nBoulevard de la Résistance-et-de-la-Déportation\nCS 80011\n49020 Angers Cedex 02",
    "contact_phone": "02 41 05 40 00",
}
