package floor_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The replica resolves concurrently the same fields as the real schema,
// for every type it has: a field in its own goroutine costs gqlgen more
// than a plain one, so a replica with fewer would measure a lower floor.
func TestReplicaRunsTheRealSchemasFieldsConcurrently(t *testing.T) {
	real := concurrentFields(t, "../generated/generated.go")
	replica := concurrentFields(t, "generated/generated.go")
	if len(replica) == 0 {
		t.Fatal("no concurrent fields found in the replica: has gqlgen's output changed?")
	}
	for object, fields := range queried {
		for _, field := range fields {
			inReal, inReplica := slices.Contains(real[object], field), slices.Contains(replica[object], field)
			if inReal != inReplica {
				t.Errorf("%s.%s: concurrent in the real schema %v, in the replica %v", object, field, inReal, inReplica)
			}
		}
	}
}

// queried are the fields of graph/testdata/client360.graphql, by type.
var queried = map[string][]string{
	"Customer": {"id", "clientNo", "name", "kind", "status", "investorClass", "openedOn", "idNumber", "phone", "email",
		"piiVisible", "advisor", "branch", "tags", "currentRiskAssessment", "summary", "assetAllocation", "creditSummary",
		"accounts", "holdings", "trades", "timeline"},
	"User":            {"id", "displayName"},
	"Branch":          {"id", "name"},
	"Tag":             {"id", "name", "color"},
	"RiskAssessment":  {"level", "lowestCategory", "expiresAt", "horizon"},
	"ClientSummary":   {"totalAssets", "cash", "marketValue", "marginDebt", "unrealisedPnl", "netInflow30d"},
	"AssetClassGroup": {"assetClass", "marketValue", "weight", "holdings"},
	"CreditSummary":   {"marginDebt", "collateral", "maintenanceRatio"},
	"Account":         {"id", "accountNo", "type", "market", "status", "cashBalance", "marginDebt"},
	"Holding": {"id", "quantity", "cost", "marketValue", "unrealisedPnl", "weight", "assetClass", "instrument",
		"product"},
	"Instrument":   {"code", "name"},
	"Product":      {"code", "name"},
	"Trade":        {"id", "side", "quantity", "price", "amount", "commission", "tradedAt", "instrument"},
	"TimelineItem": {"kind", "at", "title", "amount"},
}

var (
	objectFunc = regexp.MustCompile(`^func \(ec \*executionContext\) _(\w+)\(ctx context\.Context, sel ast\.SelectionSet`)
	fieldCase  = regexp.MustCompile(`^\s+case "(\w+)":`)
	concurrent = regexp.MustCompile(`out\.Resolve(Root)?Concurrently\(`)
)

// concurrentFields reads gqlgen's generated executor: in each object's
// marshaller, the fields whose case hands them to ResolveConcurrently.
func concurrentFields(t *testing.T, path string) map[string][]string {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	var object, field string
	for line := range strings.Lines(string(src)) {
		if m := objectFunc.FindStringSubmatch(line); m != nil {
			object, field = m[1], ""
			continue
		}
		if m := fieldCase.FindStringSubmatch(line); m != nil {
			field = m[1]
			continue
		}
		if object != "" && field != "" && concurrent.MatchString(line) {
			out[object] = append(out[object], field)
		}
	}
	return out
}
