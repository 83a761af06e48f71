package fake

import (
	"math/rand/v2"
	"slices"
)

// InteractionKinds returns the kinds InteractionSummary knows.
func InteractionKinds() []string {
	return []string{"SERVICE", "MARKETING", "CONSULTATION", "COMPLAINT", "RISK_DISCLOSURE"}
}

// summaries holds every sentence of every kind, built once: the seeder
// writes several notes per client, and picking a finished string costs
// no allocation. The few hundred sentences per kind are built in a fixed
// order, so draws are deterministic although summaryParts is a map.
var summaries = func() map[string][]string {
	out := map[string][]string{}
	for _, kind := range InteractionKinds() {
		p := summaryParts[kind]
		var s []string
		for _, o := range p.openings {
			for _, d := range p.details {
				for _, e := range p.outcomes {
					s = append(s, o+d+e)
				}
			}
		}
		out[kind] = slices.Clip(s)
	}
	return out
}()

// InteractionSummary returns a short advisor's note of a contact of the
// given kind (SERVICE, MARKETING, CONSULTATION, COMPLAINT or
// RISK_DISCLOSURE), e.g. "电话回访客户，协助重置交易密码，已办结。". An
// unknown kind gets a SERVICE note.
func InteractionSummary(r *rand.Rand, kind string) string {
	s, ok := summaries[kind]
	if !ok {
		s = summaries["SERVICE"]
	}
	return s[r.IntN(len(s))]
}
