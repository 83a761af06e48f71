// Package floor measures what gqlgen alone costs the client page: a
// replica of the types the page's main query (graph/testdata/client360.graphql)
// reaches, serving a response recorded from the real API
// (testdata/client360.json) from memory, through a handler set up as
// graph.NewHandler sets up the real one. No database, ent, access rule or
// audit is involved, so what BenchmarkFloor360 measures is the least any
// gqlgen server takes to answer that query: the floor under
// BenchmarkClient360's graphql figures, to set against its hand-written
// ones.
//
// The replica runs the same fields concurrently as the real schema does
// (those bound to resolvers or to methods taking a context); the rest are
// plain struct fields. Its scalars write recorded strings, which costs no
// more than formatting money and times as the real ones do.
//
// To record the response anew (after the page's query changes), run the
// query as advisor1 for the client BenchmarkClient360 picks on the 1M-client
// demo and save the body as testdata/client360.json.
package floor

//go:generate go run -mod=mod github.com/99designs/gqlgen generate --config gqlgen.yml

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/brokercrm/crm/graph/floor/generated"
	"github.com/brokercrm/crm/graph/floor/model"
)

// Load reads a recorded response of the page's query.
func Load(path string) (*model.Customer, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var resp struct {
		Data struct {
			Node *model.Customer `json:"node"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b, &resp); err != nil {
		return nil, err
	}
	if resp.Data.Node == nil {
		return nil, fmt.Errorf("floor: no data.node in %s", path)
	}
	return resp.Data.Node, nil
}

// NewHandler serves c as graph.NewHandler serves the real schema: the same
// transports, query cache, persisted queries and complexity limit.
func NewHandler(c *model.Customer) http.Handler {
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{Customer: c}}))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(extension.FixedComplexityLimit(1000))
	return srv
}
