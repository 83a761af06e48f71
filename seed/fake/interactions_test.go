package fake

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestInteractionSummary(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 15))
	for _, kind := range InteractionKinds() {
		if got := len(summaries[kind]); got < 100 {
			t.Errorf("%s has %d sentences, want at least 100", kind, got)
		}
		seen := map[string]bool{}
		for range 1000 {
			s := InteractionSummary(r, kind)
			if s == "" || !strings.HasSuffix(s, "。") || strings.Contains(s, "，，") {
				t.Fatalf("InteractionSummary(%s) = %q, want a sentence", kind, s)
			}
			seen[s] = true
		}
		if len(seen) < 100 {
			t.Errorf("InteractionSummary(%s): %d different notes in 1000, want more variety", kind, len(seen))
		}
	}
	if got := InteractionSummary(r, "UNKNOWN"); got == "" {
		t.Errorf("InteractionSummary(UNKNOWN) is empty")
	}
}

func BenchmarkInteractionSummary(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for b.Loop() {
		InteractionSummary(r, "SERVICE")
	}
}
