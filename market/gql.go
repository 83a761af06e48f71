package market

import (
	"io"

	"github.com/brokercrm/crm/enum"
)

// MarshalGQL writes the market as a GraphQL enum value.
func (m Market) MarshalGQL(w io.Writer) { enum.Write(w, string(m)) }

// UnmarshalGQL reads a market, refusing unknown ones.
func (m *Market) UnmarshalGQL(v any) (err error) { *m, err = enum.Parse[Market](v); return err }

// MarshalGQL writes the currency as a GraphQL enum value.
func (c Currency) MarshalGQL(w io.Writer) { enum.Write(w, string(c)) }

// UnmarshalGQL reads a currency, refusing unknown ones.
func (c *Currency) UnmarshalGQL(v any) (err error) { *c, err = enum.Parse[Currency](v); return err }
