// Package graph holds the GraphQL schema (*.graphqls) and its resolvers.
// ent.graphqls and generated/ are generated; the rest is written by hand.
package graph

//go:generate go run -C .. -mod=mod github.com/99designs/gqlgen generate
