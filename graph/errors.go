package graph

import (
	"context"
	"errors"
	"log/slog"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/viewer"
)

// presentError is the one place errors become what a client sees: every
// error gets an extensions.code, and driver or SQL text never leaves the
// server (it is logged instead).
func presentError(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if _, coded := gqlErr.Extensions["code"]; coded && apperr.CodeOf(err) == "" {
			return gqlErr // parse and validation errors coded by gqlgen
		}
		code, message := classify(ctx, err)
		if code == apperr.Internal {
			logger.ErrorContext(ctx, "internal error", "err", err, "path", gqlErr.Path.String())
		}
		gqlErr.Message = message
		if gqlErr.Extensions == nil {
			gqlErr.Extensions = map[string]any{}
		}
		gqlErr.Extensions["code"] = string(code)
		return gqlErr
	}
}

// isInputError tells an argument gqlgen could not coerce — a bad enum, a
// time or cursor that does not parse — from a resolver's failure: gqlgen
// wraps both in a gqlerror, but puts the argument's path below the field's
// own. Outside any field (a request body that does not decode) gqlgen
// raises its own errors, which wrap nothing.
func isInputError(ctx context.Context, e *gqlerror.Error) bool {
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		return len(e.Path) > len(fc.Path())
	}
	return e.Err == nil
}

// emptyFilter starts the error entgql's where inputs return for an empty
// nested condition; each input type has its own sentinel, so the prefix is
// what they share.
const emptyFilter = "ent: empty predicate "

func isEmptyFilter(err error) bool {
	for ; err != nil; err = errors.Unwrap(err) {
		if strings.HasPrefix(err.Error(), emptyFilter) {
			return true
		}
	}
	return false
}

// classify maps an error to its code and a message safe to show.
func classify(ctx context.Context, err error) (apperr.Code, string) {
	var appErr *apperr.Error
	var validation *ent.ValidationError
	switch {
	case errors.As(err, &appErr):
		return appErr.Code, appErr.Message
	case ent.IsNotFound(err):
		return apperr.NotFound, "not found"
	case errors.Is(err, privacy.Deny):
		if viewer.FromContext(ctx) == nil {
			return apperr.Unauthenticated, "log in first"
		}
		return apperr.Forbidden, "you are not allowed to do this"
	case errors.As(err, &validation):
		return apperr.BadUserInput, validation.Error()
	case errors.Is(err, money.ErrInvalid):
		return apperr.BadUserInput, err.Error()
	case ent.IsConstraintError(err):
		return apperr.Conflict, "this conflicts with an existing record"
	case errors.As(err, new(*strconv.NumError)):
		// An ID that is not one of ours (node(id: "abc")): nothing has it.
		return apperr.NotFound, "not found"
	case errors.Is(err, context.DeadlineExceeded):
		return apperr.Internal, "the request took too long"
	}
	if gqlErr, ok := err.(*gqlerror.Error); ok && isInputError(ctx, gqlErr) {
		return apperr.BadUserInput, gqlErr.Error()
	}
	if isEmptyFilter(err) {
		return apperr.BadUserInput, "a filter holds an empty condition (e.g. not: {} or or: [{}]); remove it"
	}
	return apperr.Internal, "Internal error."
}
