package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/hashicorp/golang-lru/v2/expirable"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/persistedoperation"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/viewer"
)

// allowlist holds the registered operations that API keys in allow-list
// mode are limited to, identified by the SHA-256 of the document.
type allowlist struct {
	schema *ast.Schema
	client *ent.Client
	known  *expirable.LRU[string, bool] // registered sha256s, briefly cached; misses are not
}

func newAllowlist(schema *ast.Schema, client *ent.Client) *allowlist {
	return &allowlist{schema: schema, client: client, known: expirable.NewLRU[string, bool](1000, nil, time.Minute)}
}

// OperationHash is how an operation is identified in the allow-list.
func OperationHash(document string) string {
	sum := sha256.Sum256([]byte(document))
	return hex.EncodeToString(sum[:])
}

// Register adds a document to the allow-list after checking that it is a
// valid operation of the schema. Registering it again returns it.
func (a *allowlist) Register(ctx context.Context, client *ent.Client, name, document string) (*ent.PersistedOperation, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, apperr.New(apperr.BadUserInput, "an operation needs a name")
	}
	doc, errs := gqlparser.LoadQuery(a.schema, document)
	if len(errs) > 0 {
		return nil, apperr.New(apperr.BadUserInput, "the document is not a valid operation: %s", errs[0].Message)
	}
	if len(doc.Operations) != 1 {
		return nil, apperr.New(apperr.BadUserInput, "register one operation at a time, not %d", len(doc.Operations))
	}
	hash := OperationHash(document)
	existing, err := client.PersistedOperation.Query().Where(persistedoperation.Sha256(hash)).Only(ctx)
	if err == nil {
		return existing, nil
	}
	if !ent.IsNotFound(err) {
		return nil, err
	}
	create := client.PersistedOperation.Create().SetSha256(hash).SetName(name).SetDocument(document)
	if v := viewer.FromContext(ctx); v != nil {
		create.SetCreatedByID(v.UserID)
	}
	return create.Save(ctx)
}

// ExtensionName implements graphql.HandlerExtension.
func (a *allowlist) ExtensionName() string { return "AllowList" }

// Validate implements graphql.HandlerExtension.
func (a *allowlist) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext refuses an operation that is not registered when
// the viewer is a key in allow-list mode.
func (a *allowlist) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	v := viewer.FromContext(ctx)
	if v == nil || !v.AllowlistOnly {
		return nil
	}
	hash := OperationHash(oc.RawQuery)
	ok, cached := a.known.Get(hash)
	if !cached {
		var err error
		ok, err = a.client.PersistedOperation.Query().
			Where(persistedoperation.Sha256(hash)).
			Exist(privacy.DecisionContext(ctx, privacy.Allow))
		if err != nil {
			e := gqlerror.Errorf("the allow-list could not be checked")
			e.Extensions = map[string]any{"code": string(apperr.Internal)}
			return e
		}
		if ok {
			a.known.Add(hash, true)
		}
	}
	if !ok {
		err := gqlerror.Errorf("this API key may run only registered operations; operation %s is not registered", hash)
		err.Extensions = map[string]any{"code": string(apperr.Forbidden)}
		return err
	}
	return nil
}
