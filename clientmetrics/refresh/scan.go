package refresh

import (
	"database/sql"
	"time"

	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/store"
)

// The scan destinations of the sources' columns, for values that may be
// NULL or that the two databases return in different forms.

// timeInto scans a time that may be NULL (and that SQLite returns as
// text) into *p.
func timeInto(p **time.Time) sql.Scanner {
	return scanFunc(func(v any) error {
		var n store.NullTime
		if err := n.Scan(v); err != nil {
			return err
		}
		*p = n.Ptr()
		return nil
	})
}

// textInto scans text that may be NULL into *p ("" for NULL).
func textInto(p *string) sql.Scanner {
	return scanFunc(func(v any) error {
		var n sql.NullString
		if err := n.Scan(v); err != nil {
			return err
		}
		*p = n.String
		return nil
	})
}

// amountInto scans a sum of ten-thousandths into *p: a BIGINT, or the
// NUMERIC that PostgreSQL's SUM of BIGINTs returns.
func amountInto(p *money.Decimal) any { return (*int64)(p) }

// optionalAmountInto scans an amount that may be NULL into *p.
func optionalAmountInto(p **money.Decimal) sql.Scanner {
	return scanFunc(func(v any) error {
		var n sql.NullInt64
		if err := n.Scan(v); err != nil {
			return err
		}
		*p = nil
		if n.Valid {
			d := money.Decimal(n.Int64)
			*p = &d
		}
		return nil
	})
}

type scanFunc func(v any) error

func (f scanFunc) Scan(v any) error { return f(v) }
