"""PDF deliverables: plain-dict contexts, Jinja templates, WeasyPrint with a locked fetcher."""
