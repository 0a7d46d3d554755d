"""The office's report from its own records: periods, aggregation, suppression, the log file."""
