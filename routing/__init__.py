"""Pure routing engine: problem and solution types, OR-Tools model, verifier, JSON I/O."""
