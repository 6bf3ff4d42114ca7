"""Services: the rules, permission checks and transactions behind every view and command."""
