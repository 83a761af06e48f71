package seed

// SetBulkLoadThreshold lets tests take the PostgreSQL bulk-load path with
// a small seed.
func SetBulkLoadThreshold(n int) { bulkLoadThreshold = n }
