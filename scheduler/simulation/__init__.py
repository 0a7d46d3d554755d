"""What-if simulation: scenario files → changed towns → plans on sampled days → KPI tables.

Modules, in the order data flows: `scenario` (YAML → typed models, line-numbered errors),
`apply` (changes → a `World` and its shift problems, built by `scheduler.problem`),
`households` (more or fewer clients), `evaluate` (one run on one day, the Dask task), `kpis`,
`sweep` (runs × days, sequential or on Dask), `plots` and `report` (files a study leaves behind).
"""
