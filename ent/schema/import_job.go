package schema

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/ent/importrejection"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// ImportJob is one run of a bulk import from a core system (package
// ingest): what was imported, how far it got and what it did. The row is
// also the import's checkpoint: each committed chunk of the file advances
// lines_done in the same transaction, so a killed import resumes exactly
// where its last commit left it.
type ImportJob struct{ ent.Schema }

func (ImportJob) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("CLIENTS", "ACCOUNTS", "HOLDINGS", "TRADES", "FLOWS", "INTERACTIONS", "PRODUCTS",
			"ASSESSMENTS", "DIMENSION_VALUES").Immutable().Annotations(entgql.OrderField("KIND")),
		field.Enum("format").Values("CSV", "NDJSON").Immutable(),
		field.Enum("encoding").Values("UTF8", "GB18030").Immutable().Comment("GB18030 reads GBK files too"),
		field.String("file_name").Immutable(),
		field.Int64("file_size").Immutable().Annotations(entgql.Type("Int")),
		field.String("file_digest").Immutable().Annotations(entgql.Skip(entgql.SkipType, entgql.SkipWhereInput)).
			Comment("SHA-256 of the file: a rerun of the same file resumes this job"),
		field.JSON("mapping", map[string]string{}).Optional().Immutable().Annotations(entgql.Skip()).
			Comment("file column → documented column, for files that name columns differently"),
		field.Bool("dry_run").Default(false).Immutable(),
		field.Enum("status").Values("RUNNING", "SUCCEEDED", "FAILED").Default("RUNNING").
			Annotations(entgql.OrderField("STATUS")),
		field.Int("lines_done").Default(0).Comment("data lines of the file committed so far: the checkpoint"),
		field.Int64("bytes_done").Default(0).Annotations(entgql.Type("Int")).Comment("for progress against file_size"),
		field.Int("inserted").Default(0),
		field.Int("updated").Default(0),
		field.Int("unchanged").Default(0),
		field.Int("rejected").Default(0),
		field.String("error").Optional().Comment("why the job failed, when it did"),
		field.Time("started_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("STARTED_AT")),
		field.Time("heartbeat_at").Default(time.Now).Annotations(entgql.Skip()).
			Comment("renewed with each chunk; a RUNNING job whose heartbeat is old was interrupted"),
		field.String("owner").Optional().Annotations(entgql.Skip()).
			Comment("host/pid of the process running the job: when it is gone, a rerun resumes the job"),
		field.Time("finished_at").Optional().Nillable(),
		field.Int("created_by_id").Optional().Nillable().Immutable(),
		field.String("spool_path").Optional().Immutable().Annotations(entgql.Skip()).
			Comment("where the server keeps an uploaded file until its job ends"),
	}
}

func (ImportJob) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("created_by", User.Type).Field("created_by_id").Unique().Immutable(),
		edge.To("rejections", ImportRejection.Type).Annotations(entgql.RelayConnection()),
		edge.To("lanes", ImportLane.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (ImportJob) Indexes() []ent.Index {
	return []ent.Index{index.Fields("file_digest", "kind", "status"), index.Fields("started_at")}
}

func (ImportJob) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// Policy: imports are head office's operations, run by its staff or by a
// core system's API key granted imports:write; product managers import
// products, and see those imports only. Package ingest writes the job's
// progress with an explicit decision.
func (ImportJob) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), importers(),
			privacy.ImportJobQueryRuleFunc(func(ctx context.Context, q *gen.ImportJobQuery) error {
				if productImporter(ctx) {
					q.Where(importjob.KindEQ(importjob.KindPRODUCTS))
					return privacy.Allow
				}
				return privacy.Skip
			}),
			rule.VisibleTo()},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), importers(),
			privacy.ImportJobMutationRuleFunc(func(ctx context.Context, m *gen.ImportJobMutation) error {
				if kind, ok := m.Kind(); ok && kind == importjob.KindPRODUCTS && m.Op().Is(ent.OpCreate) && productImporter(ctx) {
					return privacy.Allow
				}
				return privacy.Skip
			}),
			privacy.AlwaysDenyRule()},
	}
}

// productImporter reports whether the viewer is a product manager (or a
// key of one granted imports:write).
func productImporter(ctx context.Context) bool {
	v := viewer.FromContext(ctx)
	return v != nil && v.Role == viewer.ProductManager && v.Has(viewer.ImportsWrite)
}

func importers() privacy.QueryMutationRule {
	return rule.AllowRolesWith(viewer.ImportsWrite, viewer.HeadOffice)
}

// ImportRejection is a row of an import file that was not imported, and
// why: the job's error report. Values of personal-data columns are stored
// masked.
type ImportRejection struct{ ent.Schema }

func (ImportRejection) Fields() []ent.Field {
	return []ent.Field{
		field.Int("job_id").Immutable(),
		field.Int("line").Immutable().Annotations(entgql.OrderField("LINE")).Comment("the line of the file, the header being line 1"),
		field.String("column").Optional().Immutable(),
		field.String("value").Optional().Immutable(),
		field.Enum("reason").Values("MISSING", "MALFORMED", "BAD_NUMBER", "NEGATIVE", "BAD_DATE", "BAD_ENUM",
			"TOO_LONG", "BAD_ID_NUMBER", "BAD_PHONE", "BAD_EMAIL", "UNKNOWN_REFERENCE", "DUPLICATE_KEY",
			"INVALID").Immutable(),
		field.String("message").Immutable().Comment("the reason in words (English), for the report file"),
	}
}

func (ImportRejection) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("job", ImportJob.Type).Ref("rejections").Field("job_id").Unique().Required().Immutable(),
	}
}

func (ImportRejection) Indexes() []ent.Index {
	return []ent.Index{index.Fields("job_id", "line")}
}

func (ImportRejection) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: as the job's.
func (ImportRejection) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), importers(),
			privacy.ImportRejectionQueryRuleFunc(func(ctx context.Context, q *gen.ImportRejectionQuery) error {
				if productImporter(ctx) {
					q.Where(importrejection.HasJobWith(importjob.KindEQ(importjob.KindPRODUCTS)))
					return privacy.Allow
				}
				return privacy.Skip
			}),
			rule.VisibleTo()},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), privacy.AlwaysDenyRule()},
	}
}

// ImportLane is one of the streams a job's rows are written in, side by
// side: a row goes to a lane by its key, so two lanes never write the same
// record. A lane's checkpoint is the row of the file up to which all of
// its rows are committed; it advances in the transaction of each chunk.
type ImportLane struct{ ent.Schema }

func (ImportLane) Fields() []ent.Field {
	return []ent.Field{
		field.Int("job_id").Immutable(),
		field.Int("lane").Immutable().NonNegative(),
		field.Int("lines_done").Default(0),
	}
}

func (ImportLane) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("job", ImportJob.Type).Ref("lanes").Field("job_id").Unique().Required().Immutable(),
	}
}

func (ImportLane) Indexes() []ent.Index {
	return []ent.Index{index.Fields("job_id", "lane").Unique()}
}

func (ImportLane) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy: the import's own bookkeeping, read and written with explicit
// decisions.
func (ImportLane) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.VisibleTo()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
