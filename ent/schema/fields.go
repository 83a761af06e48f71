package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"
	"entgo.io/ent/schema"

	"github.com/brokercrm/crm/money"
)

// typed is what the ent field builders share that the helpers below need;
// the builders' own types are unexported.
type typed[B any] interface {
	GoType(any) B
	SchemaType(map[string]string) B
	Annotations(...schema.Annotation) B
}

// decimal makes an exact amount, price or quantity field: a BIGINT of
// ten-thousandths in SQL (exact in SUM on both databases), money.Decimal in
// Go and the Decimal scalar (a string) in GraphQL.
// Use it as decimal(field.Int64("amount")).
func decimal[B typed[B]](b B) B {
	return b.GoType(money.Decimal(0)).Annotations(entgql.Type("Decimal"))
}

// date makes a calendar-day field with no time of day: DATE on PostgreSQL
// and the Date scalar ("2006-01-02") in GraphQL.
// Use it as date(field.Time("birth_date")).
func date[B typed[B]](b B) B {
	return b.SchemaType(map[string]string{dialect.Postgres: "date"}).Annotations(entgql.Type("Date"))
}

// personalData marks ID numbers, phones, e-mail and addresses: the
// generated GraphQL type leaves them out, and graph/access.graphqls adds
// them back through resolvers that mask them (package pii). They are not
// offered as filters or sort keys, so no one can probe a masked value.
var personalData = entgql.Skip(entgql.SkipType, entgql.SkipWhereInput, entgql.SkipOrderField)
