"""FastAPI app for dispatchers and drivers."""
