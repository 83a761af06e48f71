package store

import "testing"

func TestDriverForTurnsJITOff(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u@h/crm?sslmode=disable":         "postgres://u@h/crm?options=-c+jit%3Doff&sslmode=disable",
		"postgres://u@h/crm?options=-c%20work_mem=1": "postgres://u@h/crm?options=-c%20work_mem=1",
		"host=/tmp dbname=crm":                       "host=/tmp dbname=crm options='-c jit=off'",
		"host=/tmp options='-c a=b'":                 "host=/tmp options='-c a=b'",
	} {
		if _, got, err := driverFor(in); err != nil || got != want {
			t.Errorf("driverFor(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
