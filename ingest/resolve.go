package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"

	"github.com/lib/pq"

	"github.com/brokercrm/crm/store/bulk"
)

// resolver turns the natural keys rows refer to into ids. Small
// catalogues (instruments, products, branches, users) are read whole at
// the start; accounts and clients are looked up in batches per chunk and
// cached, up to a bound, so memory does not grow with the file.
type resolver struct {
	pg      bool
	small   map[refKind]map[string]int64
	large   map[refKind]map[string][2]int64 // id and client id
	loaded  bool
	cacheAt int // entries a large cache holds before it is emptied
	// whole, when set, has large catalogues read whole on first use
	// (once for all lanes) rather than keys looked up chunk by chunk: for
	// big files, one scan of the accounts is far cheaper than millions of
	// index probes.
	whole map[refKind]*sharedCatalogue
}

const largeCacheSize = 1 << 20

func newResolver(pg bool) *resolver {
	return &resolver{
		pg:      pg,
		small:   map[refKind]map[string]int64{},
		large:   map[refKind]map[string][2]int64{refAccount: {}, refClient: {}},
		cacheAt: largeCacheSize,
	}
}

// smallCatalogues are read whole: key expression and table.
var smallCatalogues = map[refKind][2]string{
	refInstrument: {`code || '.' || market`, "instruments"},
	refProduct:    {`code`, "products"},
	refBranch:     {`code`, "branches"},
	refUser:       {`username`, "users"},
}

// largeCatalogues are looked up by key: key column, table and the
// client id's column.
var largeCatalogues = map[refKind][3]string{
	refAccount: {"account_no", "accounts", "client_id"},
	refClient:  {"client_no", "customers", "id"},
}

func (r *resolver) load(ctx context.Context, q querier) error {
	for kind, cat := range smallCatalogues {
		rows, err := q.QueryContext(ctx, "SELECT "+cat[0]+", id FROM "+bulk.Quote(cat[1]))
		if err != nil {
			return fmt.Errorf("read %s: %w", cat[1], err)
		}
		m := map[string]int64{}
		for rows.Next() {
			var key string
			var id int64
			if err := rows.Scan(&key, &id); err != nil {
				rows.Close()
				return err
			}
			m[key] = id
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		r.small[kind] = m
	}
	r.loaded = true
	return nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// resolve fills the references of rows and returns the rows whose
// references all exist; the others become rejections.
func (r *resolver) resolve(ctx context.Context, q querier, rows []*row, reject func(Rejection)) ([]*row, error) {
	if !r.loaded {
		if err := r.load(ctx, q); err != nil {
			return nil, err
		}
	}
	for kind := range largeCatalogues {
		if err := r.fetch(ctx, q, kind, rows); err != nil {
			return nil, err
		}
	}
	kept := rows[:0]
	for _, rw := range rows {
		if r.fill(rw, reject) {
			kept = append(kept, rw)
		}
	}
	return kept, nil
}

// fill sets the ids of one row's references, or rejects it.
func (r *resolver) fill(rw *row, reject func(Rejection)) bool {
	for _, ref := range rw.refs {
		if ref.key == "" || ref.key == "." { // optional and absent
			continue
		}
		var id, client int64
		var ok bool
		if m, small := r.small[ref.kind]; small {
			id, ok = m[ref.key]
		} else {
			var v [2]int64
			v, ok = r.large[ref.kind][ref.key]
			id, client = v[0], v[1]
		}
		if !ok {
			reject(Rejection{Line: rw.line, Column: ref.column, Value: ref.key, Reason: "UNKNOWN_REFERENCE",
				Message: fmt.Sprintf("no %s has this key", ref.kind.noun())})
			return false
		}
		rw.vals[ref.slot] = id
		if ref.client >= 0 {
			rw.vals[ref.client] = client
		}
	}
	return true
}

// fetch looks up the keys of kind the cache lacks.
func (r *resolver) fetch(ctx context.Context, q querier, kind refKind, rows []*row) error {
	if r.whole != nil {
		return r.fetchWhole(ctx, q, kind, rows)
	}
	cache := r.large[kind]
	var missing []string
	seen := map[string]bool{}
	for _, rw := range rows {
		for _, ref := range rw.refs {
			if ref.kind == kind && ref.key != "" && !seen[ref.key] {
				seen[ref.key] = true
				if _, ok := cache[ref.key]; !ok {
					missing = append(missing, ref.key)
				}
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	if len(cache)+len(missing) > r.cacheAt {
		cache = map[string][2]int64{}
		r.large[kind] = cache
	}
	cat := largeCatalogues[kind]
	base := "SELECT " + bulk.Quote(cat[0]) + ", id, " + bulk.Quote(cat[2]) + " FROM " + bulk.Quote(cat[1]) + " WHERE " + bulk.Quote(cat[0])
	for start := 0; start < len(missing); start += bulk.RowsPerStatement {
		batch := missing[start:min(start+bulk.RowsPerStatement, len(missing))]
		var rows *sql.Rows
		var err error
		if r.pg {
			if start > 0 {
				break
			}
			rows, err = q.QueryContext(ctx, base+" = ANY($1)", pq.StringArray(missing))
		} else {
			args := make([]any, len(batch))
			for i, k := range batch {
				args[i] = k
			}
			rows, err = q.QueryContext(ctx, base+" IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(batch)), ", ")+")", args...)
		}
		if err != nil {
			return fmt.Errorf("look up %ss: %w", kind.noun(), err)
		}
		for rows.Next() {
			var key string
			var v [2]int64
			if err := rows.Scan(&key, &v[0], &v[1]); err != nil {
				rows.Close()
				return err
			}
			cache[key] = v
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// sharedCatalogue is a large catalogue read whole once for all lanes.
type sharedCatalogue struct {
	once sync.Once
	keys map[string][2]int64
	err  error
}

// fetchWhole reads every record of kind, once, if rows refer to any.
func (r *resolver) fetchWhole(ctx context.Context, q querier, kind refKind, rows []*row) error {
	if len(r.large[kind]) > 0 || !refersTo(rows, kind) {
		return nil
	}
	shared := r.whole[kind]
	shared.once.Do(func() { shared.keys, shared.err = readWhole(ctx, q, kind) })
	if shared.err != nil {
		return shared.err
	}
	r.large[kind] = shared.keys // read only from now on
	return nil
}

func readWhole(ctx context.Context, q querier, kind refKind) (map[string][2]int64, error) {
	cat := largeCatalogues[kind]
	res, err := q.QueryContext(ctx, "SELECT "+bulk.Quote(cat[0])+", id, "+bulk.Quote(cat[2])+" FROM "+bulk.Quote(cat[1]))
	if err != nil {
		return nil, fmt.Errorf("read %ss: %w", kind.noun(), err)
	}
	defer res.Close()
	keys := map[string][2]int64{}
	for res.Next() {
		var key string
		var v [2]int64
		if err := res.Scan(&key, &v[0], &v[1]); err != nil {
			return nil, err
		}
		keys[key] = v
	}
	return keys, res.Err()
}

func refersTo(rows []*row, kind refKind) bool {
	for _, rw := range rows {
		for _, ref := range rw.refs {
			if ref.kind == kind {
				return true
			}
		}
	}
	return false
}
