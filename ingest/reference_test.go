package ingest_test

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/brokercrm/crm/ingest"
)

var update = flag.Bool("update", false, "rewrite docs/imports.md")

// TestReference keeps docs/imports.md the reference of the columns the
// code reads.
func TestReference(t *testing.T) {
	var b bytes.Buffer
	if err := ingest.WriteReference(&b); err != nil {
		t.Fatal(err)
	}
	const path = "../docs/imports.md"
	if *update {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	have, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(have, b.Bytes()) {
		t.Fatalf("%s is not the reference of the code (%v): run go test ./ingest -run TestReference -update", path, err)
	}
}
