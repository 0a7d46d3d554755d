"""Home visits: a week of visits assigned to days and teams, each team-day routed on the
engine, and a day re-planned when a team member is ill."""
