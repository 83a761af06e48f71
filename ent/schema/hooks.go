package schema

import (
	"context"

	"entgo.io/ent"

	gen "github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/hook"
	"github.com/brokercrm/crm/searchkey"
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
