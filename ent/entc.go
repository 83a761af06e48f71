//go:build ignore

// entc.go generates the ent client and the GraphQL schema graph/ent.graphqls
// from the schemas in ent/schema. Run through `go generate ./ent`.
package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithConfigPath("../gqlgen.yml"),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("../graph/ent.graphqls"),
		entgql.WithWhereInputs(true),
		entgql.WithNodeDescriptor(false),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./schema", &gen.Config{
		Features: []gen.Feature{
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
			gen.FeatureIntercept,
			gen.FeatureNamedEdges,
			gen.FeatureModifier,
			gen.FeatureUpsert,
			gen.FeatureExecQuery,
			gen.FeatureVersionedMigration,
			gen.FeatureGlobalID,
		},
	}, entc.Extensions(ex), entgqlOverrides("./gqltemplate/*.tmpl"), entc.TemplateDir("./template"))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}

// entgqlOverrides replaces entgql's templates with the files matching
// pattern. They use entgql's template functions, which the templates of
// TemplateDir do not have, and come after the extension's, so they win.
func entgqlOverrides(pattern string) entc.Option {
	return func(cfg *gen.Config) error {
		t, err := gen.NewTemplate("entgql-overrides").Funcs(entgql.TemplateFuncs).ParseGlob(pattern)
		if err != nil {
			return err
		}
		cfg.Templates = append(cfg.Templates, t)
		return nil
	}
}
