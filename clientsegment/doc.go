// Package clientsegment finds the clients a segment rule (package segment)
// describes: its Catalog offers every dimension a rule may use — the
// client's own fields (status, branch, advisor…), the computed dimensions
// of the metrics store (package clientmetrics), the imported dimensions
// and tags — and Members turns a rule into a client query that joins
// exactly the tables the rule needs. Access is the client query's own:
// an advisor's segment holds only the advisor's clients.
package clientsegment
