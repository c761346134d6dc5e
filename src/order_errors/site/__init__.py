"""The site: Markdown pages from Jinja templates, escaping, data files, redirects, policy, language builds, fast previews."""
