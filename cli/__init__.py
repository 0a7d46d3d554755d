"""The `sofra` command line: thin layer over geodata, routing and scheduler."""
