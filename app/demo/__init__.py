"""The demo world: a deterministic set of villages, households, accounts, needs, offers and pledges."""


def seed_demo_world(households: int, seed: int, echo) -> None:
    """Create the demo world."""
    raise RuntimeError("demo seeding is being written")
