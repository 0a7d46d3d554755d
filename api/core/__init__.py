"""Configuration, security and error handling of the API."""
