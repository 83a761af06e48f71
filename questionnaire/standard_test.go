package questionnaire

import (
	"reflect"
	"slices"
	"testing"

	"github.com/brokercrm/crm/suitability"
)

// TestStandard: the embedded questionnaire validates and has the shape
// the brief and suitability.md ask for.
func TestStandard(t *testing.T) {
	q := Standard()
	if err := q.Validate(); err != nil {
		t.Fatalf("Validate() = %v", err)
	}
	if q.Version != "STD-2026.1" {
		t.Errorf("Version = %q, want STD-2026.1", q.Version)
	}
	var keys []string
	for _, qu := range q.Questions {
		keys = append(keys, qu.Key)
	}
	wantKeys := []string{"age", "education", "occupation", "income", "investable_share", "debt", "experience",
		"knowledge", "products", "max_loss", "attitude", "horizon", "varieties", "integrity", "capacity"}
	if !slices.Equal(keys, wantKeys) {
		t.Errorf("questions = %v, want %v", keys, wantKeys)
	}
	if lo, hi := q.ScoreRange(); lo != 6 || hi != 100 {
		t.Errorf("ScoreRange() = %d, %d; want 6, 100", lo, hi)
	}
	if !reflect.DeepEqual(q.Bands, publishedBands()) {
		t.Errorf("Bands = %v, want %v", q.Bands, publishedBands())
	}

	var lowest, horizons, varieties []string
	if q.Title.ZH == "" || q.Title.EN == "" {
		t.Errorf("title %+v lacks a language", q.Title)
	}
	for _, qu := range q.Questions {
		if qu.Text.ZH == "" || qu.Text.EN == "" {
			t.Errorf("question %q: text %+v lacks a language", qu.Key, qu.Text)
		}
		for _, o := range qu.Options {
			if o.Text.ZH == "" || o.Text.EN == "" {
				t.Errorf("question %q option %q: text %+v lacks a language", qu.Key, o.Key, o.Text)
			}
			if o.Lowest {
				lowest = append(lowest, qu.Key+"="+o.Key)
			}
			if o.Horizon != "" {
				horizons = append(horizons, string(o.Horizon))
			}
			for _, v := range o.Varieties {
				if !slices.Contains(varieties, string(v)) {
					varieties = append(varieties, string(v))
				}
			}
		}
	}
	// The two statutory lowest-category cases the questionnaire can ask
	// about: accepting no loss at all, and lacking full legal capacity.
	if want := []string{"max_loss=A", "capacity=B"}; !slices.Equal(lowest, want) {
		t.Errorf("Lowest options = %v, want %v", lowest, want)
	}
	if want := suitability.Horizon("").Values(); !slices.Equal(horizons, want) {
		t.Errorf("horizons offered = %v, want each of %v once", horizons, want)
	}
	if want := suitability.Variety("").Values(); !slices.Equal(varieties, want) {
		t.Errorf("varieties offered = %v, want %v", varieties, want)
	}
}

// TestStandardScores scores realistic answers. Each want was added up by
// hand from standard.json, question by question in its order.
func TestStandardScores(t *testing.T) {
	const (
		fi = suitability.FixedIncome
		eq = suitability.Equity
		de = suitability.Derivatives
		co = suitability.Complex
		ot = suitability.Other
	)
	all := []suitability.Variety{fi, eq, de, co, ot}
	const allMax = "age=B education=D occupation=E income=E investable_share=D debt=C experience=E knowledge=D " +
		"products=A,B,C,D,E max_loss=E attitude=D horizon=C varieties=F integrity=A capacity=A"
	tests := []struct {
		name    string
		answers string
		want    Result
	}{
		{"all minimum",
			// 1+0+0+1+2+0+0+0+0+0+0+2+0+0+0
			"age=E education=A occupation=A income=A investable_share=A debt=A experience=A knowledge=A " +
				"products=A max_loss=A attitude=A horizon=A varieties=A integrity=B capacity=B",
			Result{Score: 6, Category: suitability.C1, Lowest: true, Horizon: suitability.Short, Varieties: []suitability.Variety{fi}}},
		{"lowest scores without a lowest option",
			// 1+0+0+1+2+0+0+0+0+3+0+2+0+0+0
			"age=E education=A occupation=A income=A investable_share=A debt=A experience=A knowledge=A " +
				"products=A max_loss=B attitude=A horizon=A varieties=A integrity=B capacity=A",
			Result{Score: 9, Category: suitability.C1, Horizon: suitability.Short, Varieties: []suitability.Variety{fi}}},
		{"top of C1",
			// 1+0+0+1+2+0+0+3+1+3+0+2+0+6+0
			"age=E education=A occupation=A income=A investable_share=A debt=A experience=A knowledge=B " +
				"products=B max_loss=B attitude=A horizon=A varieties=A integrity=A capacity=A",
			Result{Score: 19, Category: suitability.C1, Horizon: suitability.Short, Varieties: []suitability.Variety{fi}}},
		{"bottom of C2",
			// 1+1+0+1+2+0+0+3+1+3+0+2+0+6+0
			"age=E education=B occupation=A income=A investable_share=A debt=A experience=A knowledge=B " +
				"products=B max_loss=B attitude=A horizon=A varieties=A integrity=A capacity=A",
			Result{Score: 20, Category: suitability.C2, Horizon: suitability.Short, Varieties: []suitability.Variety{fi}}},
		{"cautious retiree",
			// 1+1+1+3+2+6+2+3+1+3+0+2+0+6+0
			"age=E education=B occupation=B income=B investable_share=A debt=C experience=B knowledge=B " +
				"products=B max_loss=B attitude=A horizon=A varieties=A integrity=A capacity=A",
			Result{Score: 31, Category: suitability.C2, Horizon: suitability.Short, Varieties: []suitability.Variety{fi}}},
		{"office worker with a mortgage",
			// 6+3+3+3+4+3+4+3+(1+2)+6+4+4+0+6+0
			"age=B education=C occupation=C income=B investable_share=B debt=B experience=C knowledge=B " +
				"products=B,C max_loss=C attitude=B horizon=B varieties=A,B integrity=A capacity=A",
			Result{Score: 52, Category: suitability.C3, Horizon: suitability.Medium, Varieties: []suitability.Variety{fi, eq}}},
		{"experienced trader",
			// 5+3+4+6+7+6+6+6+(1+2+3)+9+8+6+0+6+0
			"age=C education=C occupation=D income=D investable_share=C debt=C experience=D knowledge=C " +
				"products=B,C,E max_loss=D attitude=C horizon=D varieties=B,C,A integrity=A capacity=A",
			Result{Score: 78, Category: suitability.C4, Horizon: suitability.Any, Varieties: []suitability.Variety{fi, eq, de}}},
		{"all maximum",
			// 6+4+6+8+10+6+8+8+(0+1+2+2+3)+12+12+6+0+6+0
			allMax,
			Result{Score: 100, Category: suitability.C5, Horizon: suitability.Long, Varieties: all}},
		{"all maximum, every variety named",
			allMax + " varieties=E,D,C,B,A,F",
			Result{Score: 100, Category: suitability.C5, Horizon: suitability.Long, Varieties: all}},
		{"all maximum but cannot accept any loss",
			// 100 - 12
			allMax + " max_loss=A",
			Result{Score: 88, Category: suitability.C1, Lowest: true, Horizon: suitability.Long, Varieties: all}},
		{"all maximum but without full legal capacity",
			allMax + " capacity=B",
			Result{Score: 100, Category: suitability.C1, Lowest: true, Horizon: suitability.Long, Varieties: all}},
	}
	q := Standard()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := q.Score(answers(tt.answers))
			if err != nil {
				t.Fatalf("Score() error: %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Score() = %+v,\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestStandardFresh: a caller changing its copy changes no one else's.
func TestStandardFresh(t *testing.T) {
	a := Standard()
	a.Questions[0].Options[0].Score = 99
	a.Bands[0].Max = 0
	a.Questions[12].Options[5].Varieties[0] = "CHANGED"
	if b := Standard(); b.Questions[0].Options[0].Score == 99 || b.Bands[0].Max == 0 ||
		b.Questions[12].Options[5].Varieties[0] == "CHANGED" {
		t.Error("a change to one Standard() shows in the next")
	}
}
