"""The people and things Sofra plans for, the service kinds it plans, one clock, one language.

Imports nothing else of Sofra: every other package may read it.
"""
