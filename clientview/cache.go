package clientview

import (
	"context"
	"sync"
	"time"

	"github.com/brokercrm/crm/ent"
)

// cache keeps what one request has loaded of each client, so that fields
// asking for the same data share one query: the holdings of a page, each
// asking for its class and weight; the summary and the credit summary.
// Resolvers run concurrently; each load is done once.
type cache struct {
	mu    sync.Mutex
	loads map[load]*loadOnce
}

// load names one kind of data of one client.
type load struct {
	what     string
	clientID int
}

type loadOnce struct {
	once  sync.Once
	value any
	err   error
}

type cacheKey struct{}

// WithCache gives a request its cache.
func WithCache(ctx context.Context) context.Context {
	return context.WithValue(ctx, cacheKey{}, &cache{loads: map[load]*loadOnce{}})
}

// shared runs fetch the first time the request asks for what of clientID,
// and returns what it returned every time; without a cache, every time.
func shared[T any](ctx context.Context, what string, clientID int, fetch func() (T, error)) (T, error) {
	c, ok := ctx.Value(cacheKey{}).(*cache)
	if !ok {
		return fetch()
	}
	c.mu.Lock()
	l := c.loads[load{what, clientID}]
	if l == nil {
		l = &loadOnce{}
		c.loads[load{what, clientID}] = l
	}
	c.mu.Unlock()
	l.once.Do(func() { l.value, l.err = fetch() })
	v, _ := l.value.(T)
	return v, l.err
}

func positionsOf(ctx context.Context, client *ent.Client, clientID int) (*positions, error) {
	return shared(ctx, "positions", clientID, func() (*positions, error) {
		return loadPositions(ctx, client, clientID)
	})
}

// figuresOf are the client's figures as of the first ask's now: the
// fields of one request show one moment.
func figuresOf(ctx context.Context, client *ent.Client, clientID int, now time.Time) (*figures, error) {
	return shared(ctx, "figures", clientID, func() (*figures, error) {
		return loadFigures(ctx, client, clientID, now)
	})
}
