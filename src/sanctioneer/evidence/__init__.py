"""Documents -> transfer claims with source spans; claims about one transfer merged across sources."""
