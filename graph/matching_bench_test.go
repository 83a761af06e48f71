package graph_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest/measure"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/suitability"
)

// BenchmarkProductTargets measures productTargets for published products
// of each risk level, as hq1 (every client): the count alone, and the
// count with the first page of 20. It reports p50 and p95 latency. Run it
// on the 1M-client database (CRM_BENCH_DATABASE_URL, see README).
func BenchmarkProductTargets(b *testing.B) {
	env, password := benchEnv(b)
	token := login(b, env, "hq1", password)
	var ids []string
	for _, level := range []string{"R1", "R2", "R3", "R4", "R5"} {
		p, err := env.DB.Client.Product.Query().Where(product.StatusEQ(product.StatusPUBLISHED),
			product.RiskLevelEQ(suitability.RiskLevel(level))).First(system())
		if err != nil {
			b.Fatal(err)
		}
		ids = append(ids, strconv.Itoa(p.ID))
	}
	for name, query := range map[string]string{
		"count":      `query($p: ID!) { productTargets(productId: $p, first: 0) { totalCount } }`,
		"count+page": `query($p: ID!) { productTargets(productId: $p, first: 20) { totalCount edges { node { id clientNo name } } } }`,
	} {
		b.Run(name, func(b *testing.B) {
			var took []time.Duration
			i := 0
			for b.Loop() {
				start := time.Now()
				env.Do(b, token, query, map[string]any{"p": ids[i%len(ids)]}).Decode(b, &struct{}{})
				took = append(took, time.Since(start))
				i++
			}
			measure.Latency(b, took)
		})
	}
}

// BenchmarkClientRecommendations measures clientRecommendations(first: 10)
// for advisor1's assessed clients in turn, as advisor1; p50 and p95.
func BenchmarkClientRecommendations(b *testing.B) {
	env, password := benchEnv(b)
	token := login(b, env, "advisor1", password)
	ctx := system()
	advisor, err := env.DB.Client.User.Query().Where(user.Username("advisor1")).Only(ctx)
	if err != nil {
		b.Fatal(err)
	}
	clients, err := env.DB.Client.Customer.Query().Where(customer.AdvisorID(advisor.ID),
		customer.StatusEQ(customer.StatusNORMAL), customer.RiskCategoryNotNil()).Limit(100).IDs(ctx)
	if err != nil || len(clients) == 0 {
		b.Fatalf("advisor1's assessed clients: %d, %v", len(clients), err)
	}
	const query = `query($c: ID!) { clientRecommendations(clientId: $c, first: 10) { score reasons { zh en } product { id code name riskLevel return1y } } }`
	var took []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		env.Do(b, token, query, map[string]any{"c": strconv.Itoa(clients[i%len(clients)])}).Decode(b, &struct{}{})
		took = append(took, time.Since(start))
		i++
	}
	measure.Latency(b, took)
}

// BenchmarkProductCatalogue measures the catalogue page's query over the
// library (1,000 products seeded): published products filtered by risk
// and type, sorted by one-year return; and a text search by name, code
// or pinyin initials. As advisor1; p50 and p95.
func BenchmarkProductCatalogue(b *testing.B) {
	env, password := benchEnv(b)
	token := login(b, env, "advisor1", password)
	const query = `query($w: ProductWhereInput, $o: [ProductOrder!]) { products(first: 20, where: $w, orderBy: $o) {
	  totalCount edges { node { id code name type riskLevel nav return1y managementFeeRate minAmount status } } } }`
	for name, vars := range map[string]map[string]any{
		"filtered": {"w": map[string]any{"status": "PUBLISHED", "riskLevelIn": []string{"R2", "R3"},
			"typeIn": []string{"MIXED_FUND", "BOND_FUND", "STOCK_FUND"}},
			"o": []map[string]any{{"field": "MANAGEMENT_FEE_RATE", "direction": "ASC"}}},
		"search": {"w": map[string]any{"status": "PUBLISHED", "or": []map[string]any{
			{"nameContainsFold": "债"}, {"codeHasPrefix": "债"}, {"nameInitialsHasPrefix": "zs"}}}},
	} {
		b.Run(name, func(b *testing.B) {
			var took []time.Duration
			for b.Loop() {
				start := time.Now()
				env.Do(b, token, query, vars).Decode(b, &struct{}{})
				took = append(took, time.Since(start))
			}
			measure.Latency(b, took)
		})
	}
}
