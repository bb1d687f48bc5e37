"""The site tree's lookups, on a tree made by hand: no database, no cache."""

from angers_intl.navigation.tree import PageNode, SiteTree


def node(pk, path, language, title, key, restricted=False, links=(), menu=True):
    return PageNode(
        pk=pk,
        path=path,
        depth=len(path) // 4,
        translation_key=key,
        language=language,
        title=title,
        url=("/" if language == "fr" else f"/{language}/") + title.lower() + "/",
        full_url="https://portal.example/" + title.lower() + "/",
        show_in_menus=menu,
        model="networks.networkpage",
        restricted=restricted,
        links=links,
    )


HOME_FR = node(2, "00010001", "fr", "Accueil", "home")
HOME_EN = node(3, "00010002", "en", "Home", "home")
NETWORKS = node(4, "000100010001", "fr", "Reseaux", "networks")
CUF = node(5, "0001000100010001", "fr", "CUF", "cuf")
UCLG = node(6, "0001000100010002", "fr", "CGLU", "uclg", links=(("founded_by_page", "cuf"),))
SECRET = node(7, "0001000100010003", "fr", "Secret", "secret", restricted=True)
UCLG_EN = node(8, "000100020001", "en", "UCLG", "uclg", links=(("founded_by_page", "cuf"),))
TREE = SiteTree([UCLG_EN, SECRET, UCLG, CUF, NETWORKS, HOME_EN, HOME_FR])


def test_nodes_are_in_tree_order_and_found_by_path_key_and_address():
    assert [n.pk for n in TREE.nodes] == [2, 4, 5, 6, 7, 3, 8]
    assert TREE.by_path["0001000100010001"] is CUF
    assert TREE.by_url["/en/uclg/"] is UCLG_EN
    assert TREE.translations("uclg") == [UCLG, UCLG_EN]


def test_each_language_has_its_home_and_an_unknown_one_falls_back_to_the_first():
    assert TREE.home("fr") is HOME_FR and TREE.home("en") is HOME_EN
    assert TREE.home("de") is HOME_FR


def test_children_and_ancestors_follow_the_paths():
    assert TREE.children(NETWORKS) == [CUF, UCLG, SECRET]
    assert TREE.ancestors(CUF.path) == [HOME_FR, NETWORKS]
    assert UCLG.parent_path == NETWORKS.path


def test_a_restricted_page_is_never_offered_as_a_translation_or_a_link():
    assert TREE.translation_of(UCLG.pk, "en") is UCLG_EN
    assert TREE.translation_of(UCLG_EN.pk, "fr") is UCLG
    restricted_twin = SiteTree([*TREE.nodes, node(9, "000100020002", "en", "Secret", "secret", restricted=True)])
    assert restricted_twin.translation_of(SECRET.pk, "en") is None
    assert TREE.translation_of(999, "en") is None


def test_pages_linking_to_a_page_are_found_in_the_readers_language():
    assert TREE.pages_linking_to("cuf", "founded_by_page", "fr") == [UCLG]
    assert TREE.pages_linking_to("cuf", "founded_by_page", "en") == [UCLG_EN]
    assert TREE.pages_linking_to("cuf", "branch_of_page", "fr") == []
