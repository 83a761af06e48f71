package scheme

import "github.com/brokercrm/crm/segment"

// Class is one class of a scheme: a client is in the first class whose
// rule they satisfy, and in no class when they satisfy none.
type Class struct {
	Key    string       `json:"key"` // stable, e.g. "T3"
	NameZH string       `json:"nameZh"`
	NameEN string       `json:"nameEn"`
	Rule   segment.Rule `json:"rule"`
}
