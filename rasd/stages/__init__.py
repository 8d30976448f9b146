"""Pipeline stages: each module has one job and registers under a versioned name
in ``rasd/registrations.py``."""
