"""The WSGI entry point: `app` is the portal built from the environment's configuration."""

from app import create_app

app = create_app()
