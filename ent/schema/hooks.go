package schema

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent"

	"github.com/brokercrm/crm/apperr"
	gen "github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/hook"
	"github.com/brokercrm/crm/ent/namegram"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/ent/riskassessment"
	"github.com/brokercrm/crm/matching"
	"github.com/brokercrm/crm/searchkey"
	"github.com/brokercrm/crm/suitability"
)

// searchKeys sets a client's pinyin initials and phone suffix whenever the
// name or phone is written.
func searchKeys() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.CustomerFunc(func(ctx context.Context, m *gen.CustomerMutation) (ent.Value, error) {
			if name, ok := m.Name(); ok {
				m.SetNameInitials(searchkey.Initials(name))
			}
			if phone, ok := m.Phone(); ok {
				m.SetPhoneLast4(searchkey.PhoneLast4(phone))
			}
			if m.PhoneCleared() {
				m.ClearPhoneLast4()
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}

// nameGrams replaces a client's name bigrams whenever the name is written,
// after the client itself, through the mutation's client: in the same
// transaction when there is one (every GraphQL mutation runs in one), so a
// client is never found by a name it no longer has. The grams are written
// under the system decision, since their policy lets nobody write them.
//
// Schema hooks run inside the privacy policy, which has already narrowed a
// bulk update to the clients the viewer may write: the ids read before it
// runs are those it changes.
func nameGrams() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.CustomerFunc(func(ctx context.Context, m *gen.CustomerMutation) (ent.Value, error) {
			name, ok := m.Name()
			if !ok {
				return next.Mutate(ctx, m)
			}
			var ids []int
			if m.Op().Is(ent.OpUpdate) {
				var err error
				if ids, err = m.IDs(ctx); err != nil {
					return nil, fmt.Errorf("name bigrams: clients renamed: %w", err)
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			switch m.Op() {
			case ent.OpCreate:
				c, ok := v.(*gen.Customer)
				if !ok {
					return nil, fmt.Errorf("name bigrams: create returned %T", v)
				}
				ids = []int{c.ID}
			case ent.OpUpdateOne:
				id, _ := m.ID()
				ids = []int{id}
			}
			sys := privacy.DecisionContext(ctx, privacy.Allow)
			if err := replaceGrams(sys, m.Client(), ids, name); err != nil {
				return nil, err
			}
			return v, nil
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}

// gramsPerInsert keeps one insert well under the databases' parameter
// limits when a bulk update renames many clients.
const gramsPerInsert = 1000

// replaceGrams gives the clients ids the bigrams of name. Their old grams
// are deleted even on a create, which costs one indexed statement and
// keeps an upsert that renames an existing client right.
func replaceGrams(ctx context.Context, client *gen.Client, ids []int, name string) error {
	if len(ids) == 0 {
		return nil
	}
	if _, err := client.NameGram.Delete().Where(namegram.ClientIDIn(ids...)).Exec(ctx); err != nil {
		return fmt.Errorf("name bigrams: delete old: %w", err)
	}
	grams := searchkey.Bigrams(name)
	var batch []*gen.NameGramCreate
	for i, id := range ids {
		for _, g := range grams {
			batch = append(batch, client.NameGram.Create().SetClientID(id).SetGram(g))
		}
		if len(batch) >= gramsPerInsert || i == len(ids)-1 && len(batch) > 0 {
			if err := client.NameGram.CreateBulk(batch...).Exec(ctx); err != nil {
				return fmt.Errorf("name bigrams: insert: %w", err)
			}
			batch = batch[:0]
		}
	}
	return nil
}

// productSearchKey sets a product's pinyin initials whenever its name is
// written, so 招商 is found by "zs".
func productSearchKey() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.ProductFunc(func(ctx context.Context, m *gen.ProductMutation) (ent.Value, error) {
			if name, ok := m.Name(); ok {
				m.SetNameInitials(searchkey.Initials(name))
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}

// riskProfile keeps a client's current risk profile — the latest
// assessment's category, lowest-category flag, horizon, varieties and
// expiry — on the client whenever an assessment is recorded, whoever
// records it, in the same transaction. Product matching reads it there.
// It is derived data, written as the system.
func riskProfile() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.RiskAssessmentFunc(func(ctx context.Context, m *gen.RiskAssessmentMutation) (ent.Value, error) {
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			a, ok := v.(*gen.RiskAssessment)
			if !ok {
				return nil, fmt.Errorf("risk profile: create returned %T", v)
			}
			sys := privacy.DecisionContext(ctx, privacy.Allow)
			latest, err := m.Client().RiskAssessment.Query().Where(riskassessment.ClientID(a.ClientID)).
				Order(gen.Desc(riskassessment.FieldAssessedAt), gen.Desc(riskassessment.FieldID)).First(sys)
			if err != nil {
				return nil, fmt.Errorf("risk profile: %w", err)
			}
			err = m.Client().Customer.UpdateOneID(a.ClientID).
				SetRiskCategory(latest.Level).SetRiskLowest(latest.LowestCategory).SetRiskHorizon(latest.Horizon).
				SetRiskVarieties(suitability.VarietyBits(latest.Varieties)).
				SetRiskAssessedAt(latest.AssessedAt).SetRiskExpiresAt(latest.ExpiresAt).Exec(sys)
			if err != nil {
				return nil, fmt.Errorf("risk profile: %w", err)
			}
			return a, nil
		})
	}, ent.OpCreate)
}

// pushOnlySuitable refuses a push of a product that is not on sale, or
// that is not a full match for the client: the firm may not actively
// recommend a product above an ordinary investor's tolerance or outside
// their objectives (Art. 22; suitability.md "What happens on a sale" 2),
// whoever pushes it and however.
func pushOnlySuitable() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.PushFunc(func(ctx context.Context, m *gen.PushMutation) (ent.Value, error) {
			productID, _ := m.ProductID()
			clientID, _ := m.ClientID()
			sys := privacy.DecisionContext(ctx, privacy.Allow)
			p, err := m.Client().Product.Get(sys, productID)
			if err != nil {
				return nil, fmt.Errorf("push: %w", err)
			}
			if p.Status != product.StatusPUBLISHED {
				return nil, apperr.New(apperr.Conflict, "the product is %s; only a product on sale can be pushed", p.Status)
			}
			c, err := m.Client().Customer.Get(sys, clientID)
			if err != nil {
				return nil, fmt.Errorf("push: %w", err)
			}
			o := suitability.DefaultRules().Check(matching.ProfileOf(c), matching.ProductOf(p), time.Now())
			if o.Outcome != suitability.Match {
				return nil, apperr.New(apperr.Conflict,
					"the product does not match the client (%s: %v); it may not be recommended to them (Art. 22)", o.Outcome, o.Reasons)
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate)
}
