"""The Angers International content, every page in French (the source) and English,
taken from the city of Angers' page on its networks and recognitions and from Cités Unies
France's own presentation. One module per section; parents come before their children.
"""

from . import city_networks, editorial, home, recognitions, thematic_networks

PAGES = [
    *home.PAGES,
    *city_networks.PAGES,
    *thematic_networks.PAGES,
    *recognitions.PAGES,
    *editorial.PAGES,
]
