"""MkDocs hooks (listed under `hooks:` in mkdocs.yml): only what needs the
build's own events, such as adding files to the site or reading the config.
What rewrites a page lives in extensions/."""
