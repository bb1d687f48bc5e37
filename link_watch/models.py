"""What the link check found for each external address the pages show."""
