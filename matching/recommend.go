package matching

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/holding"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/suitability"
)

// Recommendation is a product suitable for a client, with why.
type Recommendation struct {
	Product *ent.Product
	// Score ranks recommendations, highest first; it means nothing alone.
	Score   int
	Reasons []suitability.Warning // each reason in Chinese and English
}

// Recommend returns up to limit published products on sale today that are
// suitable for the client (MATCH only: Art. 22 forbids recommending
// anything else) and whose target attributes the client fits, best first:
// those of product types the client already holds (familiar) and those
// using more of their tolerance rank higher, then the one-year return; a
// product already held ranks last.
func Recommend(ctx context.Context, client *ent.Client, targeting Targeting, rules suitability.Rules, clientID int, now time.Time, limit int) ([]Recommendation, error) {
	c, err := client.Customer.Get(ctx, clientID)
	if err != nil {
		return nil, err
	}
	profile := ProfileOf(c)
	today := now.Format(time.DateOnly)
	products, err := client.Product.Query().Where(product.StatusEQ(product.StatusPUBLISHED)).All(ctx)
	if err != nil {
		return nil, err
	}
	held, err := client.Holding.Query().Where(holding.ClientID(clientID), holding.ProductIDNotNil()).
		WithProduct().All(ctx)
	if err != nil {
		return nil, err
	}
	heldIDs, heldTypes := map[int]bool{}, map[product.Type]bool{}
	for _, h := range held {
		heldIDs[*h.ProductID] = true
		if h.Edges.Product != nil {
			heldTypes[h.Edges.Product.Type] = true
		}
	}
	var out []Recommendation
	for _, p := range products {
		if p.SaleStart != nil && today < p.SaleStart.Format(time.DateOnly) || p.SaleEnd != nil && today > p.SaleEnd.Format(time.DateOnly) {
			continue
		}
		sp := ProductOf(p)
		if rules.Check(profile, sp, now).Outcome != suitability.Match {
			continue
		}
		fits, err := fitsTarget(ctx, client, targeting, p, c.ID, now)
		if err != nil {
			return nil, err
		}
		if fits {
			out = append(out, recommend(p, profile, heldIDs[p.ID], heldTypes[p.Type]))
		}
	}
	slices.SortStableFunc(out, func(a, b Recommendation) int {
		return cmp.Or(b.Score-a.Score, cmp.Compare(returnOf(b.Product), returnOf(a.Product)), a.Product.ID-b.Product.ID)
	})
	return out[:min(limit, len(out))], nil
}

// fitsTarget asks the database whether the client fits the product's
// target attributes, which are SQL; true for a product without any.
func fitsTarget(ctx context.Context, client *ent.Client, targeting Targeting, p *ent.Product, clientID int, now time.Time) (bool, error) {
	if p.TargetRule == nil {
		return true, nil
	}
	where, err := targeting.Where(*p.TargetRule, now)
	if err != nil {
		return false, err
	}
	return client.Customer.Query().Where(customer.ID(clientID), where).Exist(ctx)
}

func recommend(p *ent.Product, profile suitability.Profile, held, familiar bool) Recommendation {
	r := Recommendation{Product: p}
	why := func(zh, en string, args ...any) {
		r.Reasons = append(r.Reasons, suitability.Warning{ZH: fmt.Sprintf(zh, args...), EN: fmt.Sprintf(en, args...)})
	}
	if profile.Professional {
		why("专业投资者，可匹配各风险等级", "Professional investor: every risk level matches")
	} else {
		why("风险等级%s在您的风险承受能力%s之内", "Risk level %s is within your tolerance %s", p.RiskLevel, profile.Category)
		why("投资期限与品种符合您的偏好", "Its horizon and variety fit your preferences")
		if string(p.RiskLevel)[1:] == string(profile.Category)[1:] {
			r.Score += 10 // uses the whole of the tolerance the investor stated
		}
	}
	if familiar {
		r.Score += 20
		why("您已持有同类产品", "You already hold products of this type")
	}
	if p.Return1y != nil {
		why("近一年收益%s%%", "One-year return %s%%", p.Return1y.String())
	}
	if held {
		r.Score -= 100
		why("您已持有该产品", "You already hold this product")
	}
	return r
}

func returnOf(p *ent.Product) int64 {
	if p.Return1y == nil {
		return -1 << 62
	}
	return int64(*p.Return1y)
}
