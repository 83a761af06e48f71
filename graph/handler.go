package graph

import (
	"context"
	"log/slog"
	"runtime/debug"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/audit"
	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/clientview"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/graph/generated"
	"github.com/brokercrm/crm/ingest"
	"github.com/brokercrm/crm/ordering"
)

// Observer is told the outcome of every operation (for metrics).
type Observer interface {
	ObserveOperation(name string, took time.Duration, errorCodes []string)
}

// HandlerOptions configure NewHandler.
type HandlerOptions struct {
	Logger        *slog.Logger
	Introspection bool
	Observer      Observer // may be nil
	Limits        Limits   // DefaultLimits when zero
	// Orders places orders (placeOrder); required.
	Orders *ordering.Service
	// Imports runs uploaded imports (startImport); required.
	Imports *ingest.Runner
	// MaxUpload is the largest upload accepted.
	MaxUpload int64
}

// NewHandler returns the GraphQL endpoint: the schema with its resolvers,
// mutations in transactions, the pagination check, the error presenter and
// panic recovery. Authentication happens before it, in the HTTP layer.
func NewHandler(client *ent.Client, authService *auth.Service, opts HandlerOptions) *handler.Server {
	limits := opts.Limits
	if limits == (Limits{}) {
		limits = DefaultLimits
	}
	resolver := NewResolver(client, authService)
	resolver.orders = opts.Orders
	resolver.imports = opts.Imports
	schema := generated.NewExecutableSchema(generated.Config{Resolvers: resolver})
	resolver.allowlist = newAllowlist(schema.Schema(), client)
	srv := handler.New(costed{schema})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.AddTransport(transport.MultipartForm{MaxUploadSize: opts.MaxUpload, MaxMemory: 32 << 20})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	if opts.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(resolver.allowlist)
	srv.Use(depthLimit{max: limits.MaxDepth})
	srv.Use(extension.FixedComplexityLimit(limits.MaxComplexity))
	srv.Use(transactioner{entgql.Transactioner{TxOpener: client}})
	if opts.Observer != nil {
		srv.AroundOperations(observe(opts.Observer)) // outermost: sees rejected operations too
	}
	srv.AroundOperations(requirePagination)
	srv.AroundOperations(auditOperation(client, opts.Logger))
	srv.AroundOperations(memoizeCatalog)
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(clientview.WithCache(ctx)) // one load of a client's holdings per request
	})
	srv.SetErrorPresenter(presentError(opts.Logger))
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		opts.Logger.ErrorContext(ctx, "panic in resolver", "panic", p, "stack", string(debug.Stack()))
		return apperr.New(apperr.Internal, "Internal error.")
	})
	return srv
}

func observe(o Observer) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		start := time.Now()
		respond := next(ctx)
		return func(ctx context.Context) *graphql.Response {
			resp := respond(ctx)
			if resp == nil {
				return nil
			}
			name := operationName(graphql.GetOperationContext(ctx))
			var codes []string
			for _, e := range resp.Errors {
				code, _ := e.Extensions["code"].(string)
				codes = append(codes, code)
			}
			o.ObserveOperation(name, time.Since(start), codes)
			return resp
		}
	}
}

func operationName(oc *graphql.OperationContext) string {
	name := oc.OperationName
	if name == "" && oc.Operation != nil {
		name = oc.Operation.Name
	}
	if name == "" {
		name = "anonymous"
	}
	return name
}

// auditOperation names the operation in the audit entries its changes
// write, and writes the reads of unmasked personal data it made when it
// ends. A response whose reads cannot be audited is not sent.
func auditOperation(client *ent.Client, logger *slog.Logger) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		ctx = audit.WithReads(audit.WithOperation(ctx, operationName(graphql.GetOperationContext(ctx))))
		respond := next(ctx)
		return func(responseCtx context.Context) *graphql.Response {
			resp := respond(responseCtx)
			if resp == nil {
				return nil
			}
			if err := audit.FlushReads(ctx, client); err != nil {
				logger.ErrorContext(ctx, "audit of personal data reads failed", "err", err)
				return &graphql.Response{Errors: gqlerror.List{{
					Message:    "Internal error.",
					Extensions: map[string]any{"code": string(apperr.Internal)},
				}}}
			}
			return resp
		}
	}
}

// transactioner runs mutations in a transaction like entgql's, but lets
// errors raised before there is an operation (a malformed request body)
// through: entgql's would panic looking for the operation.
type transactioner struct{ entgql.Transactioner }

func (t transactioner) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) || ownTransactions(graphql.GetOperationContext(ctx)) {
		return next(ctx)
	}
	return t.Transactioner.InterceptResponse(ctx, next)
}

// selfTransacting are the mutations that run their own transactions: an
// order is committed before its payment is taken and settled after, so no
// request-wide transaction may hold it (package ordering); an import
// commits chunk by chunk in the background (package ingest).
var selfTransacting = map[string]bool{"placeOrder": true, "cancelOrder": true, "settleOrder": true, "startImport": true}

// ownTransactions reports whether the operation is a mutation of
// self-transacting fields only. Sent with other fields, they run in the
// request's transaction and refuse to.
func ownTransactions(oc *graphql.OperationContext) bool {
	if oc.Operation == nil || oc.Operation.Operation != ast.Mutation {
		return false
	}
	fields := graphql.CollectFields(oc, oc.Operation.SelectionSet, []string{"Mutation"})
	for _, f := range fields {
		if !selfTransacting[f.Name] {
			return false
		}
	}
	return len(fields) > 0
}
