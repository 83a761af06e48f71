package clientops

import (
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/apperr"
)

func TestNormalizeInteraction(t *testing.T) {
	// 01:00 on 1 July in China is still 30 June in UTC: "today" is China's.
	now := time.Date(2026, 6, 30, 17, 0, 0, 0, time.UTC)
	at := func(d time.Duration) *time.Time { t := now.Add(d); return &t }
	day := func(y int, m time.Month, d int) *time.Time { t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); return &t }

	t.Run("OK", func(t *testing.T) {
		n, err := NewInteraction{Summary: "  电话回访，客户满意  "}.normalize(now)
		if err != nil {
			t.Fatal(err)
		}
		if n.Summary != "电话回访，客户满意" || !n.OccurredAt.Equal(now) {
			t.Errorf("got summary %q at %v, want trimmed at now", n.Summary, n.OccurredAt)
		}
		for _, ok := range []NewInteraction{
			{Summary: strings.Repeat("长", MaxSummary)},
			{Summary: "x", OccurredAt: at(ClockSkew)},
			{Summary: "x", OccurredAt: day(1990, 1, 1)},
			{Summary: "x", FollowUpOn: day(2026, 7, 1)},
			{Summary: "x", FollowUpOn: day(2027, 1, 1)},
		} {
			if _, err := ok.normalize(now); err != nil {
				t.Errorf("%+v: %v", ok, err)
			}
		}
	})
	for _, tt := range []struct {
		name  string
		n     NewInteraction
		field string
	}{
		{"ErrBlankSummary", NewInteraction{Summary: " \n\t "}, "summary"},
		{"ErrLongSummary", NewInteraction{Summary: strings.Repeat("长", MaxSummary+1)}, "summary"},
		{"ErrFuture", NewInteraction{Summary: "x", OccurredAt: at(ClockSkew + time.Second)}, "occurredAt"},
		{"ErrBefore1990", NewInteraction{Summary: "x", OccurredAt: day(1989, 12, 31)}, "occurredAt"},
		{"ErrFollowUpInThePast", NewInteraction{Summary: "x", FollowUpOn: day(2026, 6, 30)}, "followUpOn"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.n.normalize(now)
			if apperr.CodeOf(err) != apperr.BadUserInput || !strings.HasPrefix(err.Error(), tt.field+": ") {
				t.Errorf("got %v, want BAD_USER_INPUT naming %s", err, tt.field)
			}
		})
	}
}
