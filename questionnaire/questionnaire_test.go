package questionnaire

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestJSONRoundTrip: a questionnaire stored as JSON reads back the same.
func TestJSONRoundTrip(t *testing.T) {
	for name, q := range map[string]Questionnaire{"small": small(), "standard": Standard()} {
		t.Run(name, func(t *testing.T) {
			data, err := json.Marshal(q)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Parse(data)
			if err != nil {
				t.Fatalf("Parse(Marshal(q)) error: %v", err)
			}
			if !reflect.DeepEqual(got, q) {
				t.Errorf("round trip changed the questionnaire:\ngot  %+v\nwant %+v", got, q)
			}
		})
	}
}

// TestJSONForm pins the stored field names, and that an ordinary
// question or option does not spell out its defaults.
func TestJSONForm(t *testing.T) {
	data, err := json.Marshal(small())
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, want := range []string{
		`"version":"TEST-1"`, `"title":{"zh":"测试问卷","en":"Test questionnaire"}`,
		`{"key":"capacity","text":{"zh":"民事行为能力","en":"Legal capacity"},"options":[`,
		`{"key":"no","text":{"zh":"否","en":""},"score":0,"lowest":true}`,
		`"multiple":true,"purpose":"VARIETY"`, `"horizon":"ANY"`, `"varieties":["COMPLEX","DERIVATIVES"]`,
		`"bands":[{"category":"C1","min":0,"max":19},`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s:\n%s", want, s)
		}
	}
}

func TestParse(t *testing.T) {
	valid, err := json.Marshal(small())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
		want string // part of the error; "" for none
	}{
		{"OK", string(valid), ""},
		{"OK trailing space", string(valid) + "\n\t ", ""},
		{"ErrNotJSON", "version: 1", "questionnaire: invalid character"},
		{"ErrEmpty", "", "questionnaire: EOF"},
		{"ErrWrongType", `{"version": 1}`, "cannot unmarshal number"},
		{"ErrUnknownField", strings.Replace(string(valid), `"lowest":true`, `"lowset":true`, 1), `unknown field "lowset"`},
		{"ErrTrailingData", string(valid) + "{}", "data after the questionnaire"},
		{"ErrInvalid", strings.Replace(string(valid), `"max":100`, `"max":99`, 1),
			`questionnaire "TEST-1": band 5 (C5) ends at 99`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.data))
			if tt.want == "" {
				if err != nil || !reflect.DeepEqual(got, small()) {
					t.Fatalf("Parse() = %+v, %v; want small()", got, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse() error = %v, want one containing %q", err, tt.want)
			}
			if !reflect.DeepEqual(got, Questionnaire{}) {
				t.Errorf("Parse() with an error = %+v, want a zero Questionnaire", got)
			}
		})
	}
}
