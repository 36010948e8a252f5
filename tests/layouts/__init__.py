"""A generator of portal page layouts: independent axes, composed into seeded layouts (issue 17)."""
