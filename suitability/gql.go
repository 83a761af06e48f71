package suitability

import (
	"io"

	"github.com/brokercrm/crm/enum"
)

// MarshalGQL writes the category as a GraphQL enum value.
func (c Category) MarshalGQL(w io.Writer) { enum.Write(w, string(c)) }

// UnmarshalGQL reads a category, refusing unknown ones.
func (c *Category) UnmarshalGQL(v any) (err error) { *c, err = enum.Parse[Category](v); return err }

// MarshalGQL writes the risk level as a GraphQL enum value.
func (l RiskLevel) MarshalGQL(w io.Writer) { enum.Write(w, string(l)) }

// UnmarshalGQL reads a risk level, refusing unknown ones.
func (l *RiskLevel) UnmarshalGQL(v any) (err error) { *l, err = enum.Parse[RiskLevel](v); return err }

// MarshalGQL writes the horizon as a GraphQL enum value.
func (h Horizon) MarshalGQL(w io.Writer) { enum.Write(w, string(h)) }

// UnmarshalGQL reads a horizon, refusing unknown ones.
func (h *Horizon) UnmarshalGQL(v any) (err error) { *h, err = enum.Parse[Horizon](v); return err }

// MarshalGQL writes the variety as a GraphQL enum value.
func (v Variety) MarshalGQL(w io.Writer) { enum.Write(w, string(v)) }

// UnmarshalGQL reads a variety, refusing unknown ones.
func (v *Variety) UnmarshalGQL(x any) (err error) { *v, err = enum.Parse[Variety](x); return err }
