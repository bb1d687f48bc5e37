"""Partner links watched: every external link the pages show is requested on a schedule,
and editors learn which ones moved or broke."""
