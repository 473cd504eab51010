"""Documents -> transfer claims with source spans; merge across sources."""
