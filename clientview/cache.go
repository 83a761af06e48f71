package clientview

import (
	"context"
	"sync"

	"github.com/brokercrm/crm/ent"
)

// cache keeps what one request has loaded of each client, so that the
// holdings of a page, each asking for its class and weight, share one
// query. Resolvers run concurrently; a client's load is done once.
type cache struct {
	mu        sync.Mutex
	positions map[int]*loadOnce
}

type loadOnce struct {
	once sync.Once
	ps   *positions
	err  error
}

type cacheKey struct{}

// WithCache gives a request its cache.
func WithCache(ctx context.Context) context.Context {
	return context.WithValue(ctx, cacheKey{}, &cache{positions: map[int]*loadOnce{}})
}

func positionsOf(ctx context.Context, client *ent.Client, clientID int) (*positions, error) {
	c, ok := ctx.Value(cacheKey{}).(*cache)
	if !ok {
		return loadPositions(ctx, client, clientID)
	}
	c.mu.Lock()
	l := c.positions[clientID]
	if l == nil {
		l = &loadOnce{}
		c.positions[clientID] = l
	}
	c.mu.Unlock()
	l.once.Do(func() { l.ps, l.err = loadPositions(ctx, client, clientID) })
	return l.ps, l.err
}
