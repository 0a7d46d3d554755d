"""Every piece of demo data: the seeded households, the town, its fleet, calendar and samples."""
