package floor

import "github.com/brokercrm/crm/graph/floor/model"

// Resolver serves the one recorded client.
type Resolver struct {
	Customer *model.Customer
}
