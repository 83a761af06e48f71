package money

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

func TestParseAndString(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"0", "0.0000"},
		{"12", "12.0000"},
		{"-0.5", "-0.5000"},
		{"1234.5600", "1234.5600"},
		{"0.0001", "0.0001"},
		{"-0.0001", "-0.0001"},
		{" 7.25 ", "7.2500"},
		{"1.23450000", "1.2345"}, // trailing zeros beyond the scale lose nothing
		{"922337203685477.5807", "922337203685477.5807"},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.in, err)
		}
		if got := d.String(); got != tt.want {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseErrInvalid(t *testing.T) {
	for _, in := range []string{"", "abc", "1e3", "1.23456", "922337203685478", "1_000", "--1"} {
		if _, err := Parse(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("Parse(%q) error = %v, want ErrInvalid", in, err)
		}
	}
}

func TestMulRoundsHalfAwayFromZero(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"100", "12.3456", "1234.5600"},
		{"0.0001", "0.5", "0.0001"},    // 0.00005 rounds up
		{"0.0001", "0.4999", "0.0000"}, // 0.00004999 rounds down
		{"-0.0001", "0.5", "-0.0001"},
		{"3000000000", "3000", "9000000000000.0000"}, // intermediate exceeds int64
	}
	for _, tt := range tests {
		got := MustParse(tt.a).Mul(MustParse(tt.b)).String()
		if got != tt.want {
			t.Errorf("%s × %s = %s, want %s", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMulFrac(t *testing.T) {
	tests := []struct {
		d        string
		num, den int64
		want     string
	}{
		{"12345.67", 25, 100_000, "3.0864"},               // 0.025% commission: 3.08641… rounds down
		{"10000", 1, 100_000, "0.1000"},                   // transfer fee 0.001%
		{"-0.0003", 1, 2, "-0.0002"},                      // -0.00015 rounds away from zero
		{"922337203685477", 3, 7, "395287373008061.5714"}, // no overflow in between
	}
	for _, tt := range tests {
		if got := MustParse(tt.d).MulFrac(tt.num, tt.den).String(); got != tt.want {
			t.Errorf("%s × %d/%d = %s, want %s", tt.d, tt.num, tt.den, got, tt.want)
		}
	}
}

func TestDiv(t *testing.T) {
	got, ok := MustParse("10").Div(MustParse("3"))
	if !ok || got.String() != "3.3333" {
		t.Errorf("10 ÷ 3 = %s, %v; want 3.3333, true", got, ok)
	}
	got, _ = MustParse("-2").Div(MustParse("3"))
	if got.String() != "-0.6667" {
		t.Errorf("-2 ÷ 3 = %s, want -0.6667", got)
	}
	if _, ok := MustParse("1").Div(0); ok {
		t.Error("1 ÷ 0 reported ok")
	}
}

func TestSumIsExact(t *testing.T) {
	// 0.1 added ten times is exactly 1, which a float64 cannot promise.
	var ds []Decimal
	for range 10 {
		ds = append(ds, MustParse("0.1"))
	}
	if got := Sum(ds...); got != FromInt(1) {
		t.Errorf("sum = %s, want 1.0000", got)
	}
}

func TestGQLAndJSON(t *testing.T) {
	var buf bytes.Buffer
	MustParse("-12.5").MarshalGQL(&buf)
	if got, want := buf.String(), `"-12.5000"`; got != want {
		t.Errorf("MarshalGQL = %s, want %s", got, want)
	}
	var d Decimal
	for _, in := range []any{"3.14", 3, int64(3), json.Number("2.5")} {
		if err := d.UnmarshalGQL(in); err != nil {
			t.Errorf("UnmarshalGQL(%v): %v", in, err)
		}
	}
	if err := d.UnmarshalGQL(3.14); !errors.Is(err, ErrInvalid) {
		t.Errorf("UnmarshalGQL(float) error = %v, want ErrInvalid", err)
	}
	b, _ := json.Marshal(struct{ A Decimal }{FromCents(1999)})
	if got, want := string(b), `{"A":"19.9900"}`; got != want {
		t.Errorf("json = %s, want %s", got, want)
	}
	var back struct{ A Decimal }
	if err := json.Unmarshal(b, &back); err != nil || back.A != FromCents(1999) {
		t.Errorf("json round trip = %v, %v", back.A, err)
	}
}

func TestUnmarshalJSONNull(t *testing.T) {
	v := struct{ D Decimal }{D: MustParse("1.5")}
	if err := json.Unmarshal([]byte(`{"D": null}`), &v); err != nil || v.D != MustParse("1.5") {
		t.Errorf("null: %v, D = %s; want no error and D unchanged", err, v.D)
	}
}
