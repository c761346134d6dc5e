"""The loaded catalog: every file's object, and where each came from (for errors and "edit this page")."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from order_errors.core.model import Category, ErrorEntry, HelpCenterArticle, Hub, Marketplace
from order_errors.core.urls import Page


@dataclass(frozen=True)
class CatalogFile:
    """A catalog file: its path, and its path inside the catalog folder (as a repository shows it)."""

    path: Path
    relpath: str


@dataclass
class Catalog:
    root: Path
    hub: Hub
    marketplaces: dict[str, Marketplace]
    categories: dict[str, Category]
    errors: dict[str, ErrorEntry]
    help_center: list[HelpCenterArticle] = field(default_factory=list)
    files: dict[Page, CatalogFile] = field(default_factory=dict)

    def errors_in_category(self, slug: str) -> list[ErrorEntry]:
        return [e for e in self.errors.values() if e.category == slug]

    def errors_of_marketplace(self, slug: str) -> list[ErrorEntry]:
        return [e for e in self.errors.values() if slug in e.marketplaces]

    def generic_errors(self, besides: str | None = None) -> list[ErrorEntry]:
        """The errors any marketplace may show; with `besides`, those not already that marketplace's own."""
        return [e for e in self.errors.values() if e.generic and besides not in e.marketplaces]

    def ordered_categories(self) -> list[Category]:
        return sorted(self.categories.values(), key=lambda c: (c.order, c.slug))
