package floor_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// The replica resolves concurrently the same fields as the real schema,
// for every type it has: a field in its own goroutine costs gqlgen more
// than a plain one, so a replica with fewer would measure a lower floor.
func TestReplicaRunsTheRealSchemasFieldsConcurrently(t *testing.T) {
	real := concurrentFields(t, "../generated/generated.go")
	replica := concurrentFields(t, "generated/generated.go")
	if len(replica) == 0 {
		t.Fatal("no concurrent fields found in the replica: has gqlgen's output changed?")
	}
	queried := queriedFields(t)
	if len(queried["Customer"]) == 0 {
		t.Fatal("the query asks for no field of Customer")
	}
	for object, fields := range queried {
		for _, field := range fields {
			inReal, inReplica := slices.Contains(real[object], field), slices.Contains(replica[object], field)
			if inReal != inReplica {
				t.Errorf("%s.%s: concurrent in the real schema %v, in the replica %v", object, field, inReal, inReplica)
			}
		}
	}
}

// queriedFields are the fields the page's query asks for, by the type
// they belong to, read from the query checked against the replica's schema.
func queriedFields(t *testing.T) map[string][]string {
	schemaText, err := os.ReadFile("schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	queryText, err := os.ReadFile("../testdata/client360.graphql")
	if err != nil {
		t.Fatal(err)
	}
	schema, gqlErr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(schemaText)})
	if gqlErr != nil {
		t.Fatal(gqlErr)
	}
	query, errs := gqlparser.LoadQuery(schema, string(queryText))
	if errs != nil {
		t.Fatal(errs)
	}
	out := map[string][]string{}
	var walk func(ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, s := range set {
			switch s := s.(type) {
			case *ast.Field:
				out[s.ObjectDefinition.Name] = append(out[s.ObjectDefinition.Name], s.Name)
				walk(s.SelectionSet)
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			}
		}
	}
	for _, op := range query.Operations {
		walk(op.SelectionSet)
	}
	return out
}

var (
	objectFunc = regexp.MustCompile(`^func \(ec \*executionContext\) _(\w+)\(ctx context\.Context, sel ast\.SelectionSet`)
	fieldCase  = regexp.MustCompile(`^\s+case "(\w+)":`)
	concurrent = regexp.MustCompile(`out\.Resolve(Root)?Concurrently\(`)
)

// concurrentFields reads gqlgen's generated executor: in each object's
// marshaller, the fields whose case hands them to ResolveConcurrently.
func concurrentFields(t *testing.T, path string) map[string][]string {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	var object, field string
	for line := range strings.Lines(string(src)) {
		if m := objectFunc.FindStringSubmatch(line); m != nil {
			object, field = m[1], ""
			continue
		}
		if m := fieldCase.FindStringSubmatch(line); m != nil {
			field = m[1]
			continue
		}
		if object != "" && field != "" && concurrent.MatchString(line) {
			out[object] = append(out[object], field)
		}
	}
	return out
}
