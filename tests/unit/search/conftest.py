"""The English site's search data and matcher over the real catalog, built once for the search tests."""

from __future__ import annotations

import pytest

from order_errors.search.data import build_search_data, build_text_index
from order_errors.search.matcher import Matcher


@pytest.fixture(scope="session")
def search_data(catalog) -> tuple[dict, dict]:
    return build_search_data(catalog), build_text_index(catalog, "en")


@pytest.fixture(scope="session")
def matcher(search_data) -> Matcher:
    return Matcher(*search_data)
