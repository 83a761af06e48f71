package money

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"testing"
)

// The seeds sit at the edges Parse draws: scale, range, signs, the
// notations it refuses. testdata/fuzz holds inputs earlier fuzzing runs
// found interesting.
var decimalSeeds = []string{
	"0", "-0", "+1", "12", "-0.5", "1234.5600", ".5", "5.", "0.00001", "0.00010",
	"1e3", "1_000", "NaN", "Infinity", " 7 ", "--1", "1.2.3", "0x10",
	"922337203685477.5807", "922337203685477.5808", "-922337203685477.5807", "-922337203685477.5808",
	"00000000000000000000000000000001.0000000000000000000000", "１２",
}

// roundTrip checks that d survives String and Parse, the way it crosses
// the API and JSON.
func roundTrip(t *testing.T, in any, d Decimal) {
	t.Helper()
	if d < Min {
		t.Fatalf("%#v parsed to %d, below Min", in, int64(d))
	}
	back, err := Parse(d.String())
	if err != nil || back != d {
		t.Fatalf("%#v parsed to %s, which parses back to %s, %v", in, d, back, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range decimalSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrInvalid) || d != 0 {
				t.Fatalf("Parse(%q) = %s, %v; want 0 and ErrInvalid", s, d, err)
			}
			return
		}
		roundTrip(t, s, d)
		var text Decimal
		if err := text.UnmarshalText([]byte(s)); err != nil || text != d {
			t.Fatalf("UnmarshalText(%q) = %s, %v; Parse gives %s", s, text, err, d)
		}
	})
}

// FuzzUnmarshalGQL feeds each type gqlgen may pass for a Decimal: a
// string from a query or variables, a json.Number or int from numeric
// variables, and a float, which must be refused.
func FuzzUnmarshalGQL(f *testing.F) {
	for i, s := range decimalSeeds {
		f.Add(s, int64(i)-3, float64(i)/3)
	}
	f.Add("", int64(math.MaxInt64/unit), 0.1)
	f.Add("", int64(math.MaxInt64/unit+1), math.Inf(1))
	f.Add("", int64(math.MinInt64/unit), math.NaN())
	f.Add("", int64(math.MinInt64), 1e300)
	f.Fuzz(func(t *testing.T, s string, n int64, x float64) {
		for _, v := range []any{s, json.Number(s), n, int(n), x, nil, true, []any{s}} {
			var d Decimal
			err := d.UnmarshalGQL(v)
			if err != nil {
				if !errors.Is(err, ErrInvalid) {
					t.Fatalf("UnmarshalGQL(%#v): %v does not wrap ErrInvalid", v, err)
				}
				continue
			}
			switch v := v.(type) {
			case float64, nil, bool, []any:
				t.Fatalf("UnmarshalGQL(%#v) = %s, want an error", v, d)
			case int64, int:
				if d != FromInt(n) {
					t.Fatalf("UnmarshalGQL(%d) = %s", v, d)
				}
			}
			roundTrip(t, v, d)
			var buf bytes.Buffer
			d.MarshalGQL(&buf)
			var back Decimal
			if s, err := strconv.Unquote(buf.String()); err != nil || back.UnmarshalGQL(s) != nil || back != d {
				t.Fatalf("MarshalGQL(%s) = %s, which does not read back", d, buf.String())
			}
		}
	})
}

// FuzzUnmarshalJSON checks Decimal against encoding/json, which is how it
// is called: through json.Unmarshal, which has validated the token first.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range decimalSeeds {
		f.Add([]byte(strconv.Quote(s)))
		f.Add([]byte(s))
	}
	for _, s := range []string{`null`, `true`, `"\u0031\u0032"`, `'1'`, "`1`", `"1" `, `[]`, `{}`, `1.5e2`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var d Decimal
		if err := d.UnmarshalJSON(b); err == nil {
			roundTrip(t, string(b), d)
			out, err := json.Marshal(d)
			var back Decimal
			if err != nil || json.Unmarshal(out, &back) != nil || back != d {
				t.Fatalf("UnmarshalJSON(%q) = %s, which marshals to %s and does not read back", b, d, out)
			}
		}
		// Through json.Unmarshal, a string or a number reads as Parse
		// reads its text. null is left out: it is refused, where
		// encoding/json's convention is to ignore it.
		var v struct{ D Decimal }
		err := json.Unmarshal(append(append([]byte(`{"D":`), b...), '}'), &v)
		if !json.Valid(b) {
			return
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		var tok any
		if dec.Decode(&tok) != nil {
			return
		}
		var text string
		switch tok := tok.(type) {
		case string:
			text = tok
		case json.Number:
			text = tok.String()
		default:
			return
		}
		want, wantErr := Parse(text)
		if (err == nil) != (wantErr == nil) || v.D != want {
			t.Fatalf("json.Unmarshal(%s) = %s, %v; Parse(%q) = %s, %v", b, v.D, err, text, want, wantErr)
		}
	})
}
