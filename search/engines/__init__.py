"""Hold one module per search engine; the registry in :mod:`search.engine` imports them lazily."""

__all__: list[str] = []
