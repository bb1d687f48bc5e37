"""Review dates: when the facts of each network and recognition page were last checked,
who answers for them, and when they are due again (readers see the date, editors are
reminded)."""
