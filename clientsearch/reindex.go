package clientsearch

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/searchkey"
)

// reindexBatch is how many clients one transaction of Reindex rewrites.
const reindexBatch = 1000

// Reindex recomputes the search keys of every client — pinyin initials,
// phone suffix and name bigrams — for databases whose clients predate a
// key; afterwards the Customer hook keeps them. It writes parameterised
// statements straight to the tables, a batch per transaction: the keys are
// derived data, so a rebuild is neither a change to audit nor a reason to
// run the hooks once per client. It returns how many clients it rewrote.
func Reindex(ctx context.Context, db *sql.DB, dia string, progress func(done int)) (int, error) {
	done, after := 0, 0
	for {
		ids, names, phones, err := nextClients(ctx, db, dia, after)
		if err != nil || len(ids) == 0 {
			return done, err
		}
		if err := rewrite(ctx, db, dia, ids, names, phones); err != nil {
			return done, err
		}
		done += len(ids)
		after = ids[len(ids)-1]
		if progress != nil {
			progress(done)
		}
	}
}

func nextClients(ctx context.Context, db *sql.DB, dia string, after int) (ids []int, names, phones []string, err error) {
	rows, err := db.QueryContext(ctx, rebind(dia,
		`SELECT id, name, COALESCE(phone, '') FROM customers WHERE id > ? ORDER BY id LIMIT `+strconv.Itoa(reindexBatch)), after)
	if err != nil {
		return nil, nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		var name, phone string
		if err := rows.Scan(&id, &name, &phone); err != nil {
			return nil, nil, nil, err
		}
		ids, names, phones = append(ids, id), append(names, name), append(phones, phone)
	}
	return ids, names, phones, rows.Err()
}

func rewrite(ctx context.Context, db *sql.DB, dia string, ids []int, names, phones []string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	update, err := tx.PrepareContext(ctx, rebind(dia, `UPDATE customers SET name_initials = ?, phone_last4 = ? WHERE id = ?`))
	if err != nil {
		return err
	}
	defer update.Close()
	var grams []any
	for i, id := range ids {
		if _, err := update.ExecContext(ctx, searchkey.Initials(names[i]), searchkey.PhoneLast4(phones[i]), id); err != nil {
			return fmt.Errorf("search keys of client %d: %w", id, err)
		}
		for _, g := range searchkey.Bigrams(names[i]) {
			grams = append(grams, g, id)
		}
	}
	if _, err := tx.ExecContext(ctx, rebind(dia, `DELETE FROM name_grams WHERE client_id >= ? AND client_id <= ?`),
		ids[0], ids[len(ids)-1]); err != nil {
		return err
	}
	// Several rows per statement, within the parameter limits of both
	// databases (SQLite allows 32,766).
	const perInsert = 500
	for start := 0; start < len(grams); start += 2 * perInsert {
		chunk := grams[start:min(start+2*perInsert, len(grams))]
		values := strings.TrimSuffix(strings.Repeat("(?, ?),", len(chunk)/2), ",")
		if _, err := tx.ExecContext(ctx, rebind(dia, `INSERT INTO name_grams (gram, client_id) VALUES `+values), chunk...); err != nil {
			return fmt.Errorf("name grams: %w", err)
		}
	}
	return tx.Commit()
}

// rebind turns ? placeholders into PostgreSQL's $1, $2, …
func rebind(dia, query string) string {
	if dia != dialect.Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
