"""Who is due when, building problems, day plans and their versions, simulation."""
