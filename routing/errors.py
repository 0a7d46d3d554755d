"""Errors raised by the routing engine; each names the thing at fault and the fix."""

from __future__ import annotations


class RoutingError(Exception):
    """Base class of every error the routing engine raises."""


class ProblemError(RoutingError, ValueError):
    """The problem is malformed (bad index, unknown depot, wrong matrix shape, ...)."""


class SolutionFormatError(RoutingError, ValueError):
    """A solution document cannot be read (missing field, unknown stop, ...)."""
