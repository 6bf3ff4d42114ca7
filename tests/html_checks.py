"""Check rendered pages against the Content-Security-Policy the app sends (no inline code or style)."""

from __future__ import annotations

from html.parser import HTMLParser


class _CspScanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name == "style":
                self.problems.append(f"<{tag} style=...> (style attributes are blocked: use a class in site.css)")
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> (inline event handlers are blocked)")
            if name in ("href", "src", "action", "formaction") and value:
                lowered = value.strip().lower()
                if lowered.startswith("javascript:"):
                    self.problems.append(f"<{tag} {name}=javascript:...>")
                if tag in ("script", "link", "img", "iframe") and lowered.startswith(("http:", "https:", "//")):
                    self.problems.append(f"<{tag} {name}={value}> (only this site may serve assets: no CDN)")
        if tag == "style":
            self.problems.append("<style> element (inline styles are blocked: use site.css)")
        if tag == "script":
            if not attrs.get("src") and attrs.get("type") not in ("application/json", "application/ld+json"):
                self.problems.append("<script> without src (inline scripts are blocked: use a static .js file)")
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False


def csp_violations(html: str) -> list[str]:
    """Return what in ``html`` the Content-Security-Policy would block."""
    scanner = _CspScanner()
    scanner.feed(html)
    scanner.close()
    return scanner.problems
