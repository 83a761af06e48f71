package graph_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/auditlog"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/ent/productversion"
)

const (
	productFields  = `id code name status version riskLevel documents { title kind url version } expectedReturnMin expectedReturnMax`
	createProduct  = `mutation($in: ProductInput!) { createProduct(input: $in) { ` + productFields + ` } }`
	updateProduct  = `mutation($id: ID!, $v: Int!, $in: ProductInput!) { updateProduct(id: $id, version: $v, input: $in) { ` + productFields + ` } }`
	actOnProduct   = `mutation($id: ID!, $a: ProductAction!, $c: String) { actOnProduct(id: $id, action: $a, comment: $c) { id status version } }`
	productHistory = `query($id: ID!) { node(id: $id) { ... on Product { status versions(first: 50, orderBy: {field: VERSION}) {
	  edges { node { version action status actorName comment changes { field from to } } } } } } }`
)

// draftInput is a valid product as the editor would submit it.
func draftInput(code string) map[string]any {
	return map[string]any{
		"code": code, "name": "招商稳健增利债券A", "type": "BOND_FUND", "issuer": "招商基金管理有限公司",
		"riskLevel": "R2", "horizon": "MEDIUM", "variety": "FIXED_INCOME",
		"minAmount": "1000", "stepAmount": "100",
		"subscriptionFeeRate": "0.8", "redemptionFeeRate": "0.5", "managementFeeRate": "0.6", "custodyFeeRate": "0.1",
		"expectedReturnMin": "2.5", "expectedReturnMax": "4",
		"documents": []map[string]any{
			{"title": "招募说明书", "kind": "PROSPECTUS", "url": "https://docs.example.com/p.pdf", "version": "2026-01"},
			{"title": "风险揭示书", "kind": "RISK_DISCLOSURE", "url": "https://docs.example.com/r.pdf", "version": "2026-01"},
		},
		"professionalOnly": false, "qualifiedOnly": false, "refuseMismatch": false,
		"coolingOffHours": 0, "saleStart": "2026-01-01", "saleEnd": "2027-12-31",
	}
}

type productData struct {
	ID, Code, Name, Status, RiskLevel string
	Version                           int
	Documents                         []struct{ Title, Kind, URL, Version string }
	ExpectedReturnMin                 *string
	ExpectedReturnMax                 *string
}

// TestProductLifecycle takes a product from a product manager's draft
// through review, publication, suspension and retirement, checking who may
// take each step, that only published products reach clients, and the
// history each step leaves.
func TestProductLifecycle(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		pm, co, adv, cli := env.Login(t, "pm1"), env.Login(t, "compliance1"), env.Login(t, "advisor1"), env.Login(t, "client1")

		var created struct{ CreateProduct productData }
		env.Do(t, pm, createProduct, map[string]any{"in": draftInput("CM-0001")}).Decode(t, &created)
		p := created.CreateProduct
		if p.Status != "DRAFT" || p.Version != 1 || len(p.Documents) != 2 || str(p.ExpectedReturnMax) != "4.0000" {
			t.Fatalf("created %+v", p)
		}
		// Only staff see drafts; to a client the draft does not exist.
		if got := nodeOf(t, env, cli, p.ID); got != "null" {
			t.Errorf("a client sees the draft: %s", got)
		}
		if got := nodeOf(t, env, adv, p.ID); got == "null" {
			t.Error("staff do not see the draft")
		}

		// Only product managers edit; a stale version is refused.
		in := draftInput("CM-0001")
		in["riskLevel"], in["name"] = "R3", "招商稳健增利债券C"
		if code := env.Do(t, co, updateProduct, map[string]any{"id": p.ID, "v": 1, "in": in}).Code(); code != "FORBIDDEN" {
			t.Errorf("compliance edits a product: %q", code)
		}
		if code := env.Do(t, pm, updateProduct, map[string]any{"id": p.ID, "v": 7, "in": in}).Code(); code != "CONFLICT" {
			t.Errorf("a stale edit: %q, want CONFLICT", code)
		}
		var updated struct{ UpdateProduct productData }
		env.Do(t, pm, updateProduct, map[string]any{"id": p.ID, "v": 1, "in": in}).Decode(t, &updated)
		if updated.UpdateProduct.Version != 2 || updated.UpdateProduct.RiskLevel != "R3" {
			t.Fatalf("updated %+v", updated.UpdateProduct)
		}

		act := func(token, action, comment string) (string, string) {
			t.Helper()
			var data struct{ ActOnProduct struct{ Status string } }
			vars := map[string]any{"id": p.ID, "a": action}
			if comment != "" {
				vars["c"] = comment
			}
			resp := env.Do(t, token, actOnProduct, vars)
			if resp.Code() != "" {
				return "", resp.Code()
			}
			resp.Decode(t, &data)
			return data.ActOnProduct.Status, ""
		}
		steps := []struct {
			who, action, comment string
			status, code         string
		}{
			{"co", "SUBMIT", "", "", "FORBIDDEN"},        // compliance does not submit
			{"pm", "APPROVE", "", "", "FORBIDDEN"},       // nor does a product manager approve
			{"pm", "SUBMIT", "", "IN_REVIEW", ""},        //
			{"pm", "EDIT", "", "", "BAD_USER_INPUT"},     // not a step
			{"co", "REJECT", "", "", "BAD_USER_INPUT"},   // a rejection says why
			{"co", "REJECT", "费率表缺少赎回费分档", "DRAFT", ""},  //
			{"adv", "SUBMIT", "", "", "FORBIDDEN"},       // advisors do not curate
			{"pm", "SUBMIT", "", "IN_REVIEW", ""},        //
			{"co", "APPROVE", "同意上架", "PUBLISHED", ""},   //
			{"co", "APPROVE", "", "", "CONFLICT"},        // already published
			{"pm", "SUSPEND", "", "", "BAD_USER_INPUT"},  // a suspension says why
			{"pm", "SUSPEND", "基金暂停申购", "SUSPENDED", ""}, //
			{"pm", "RESUME", "", "", "FORBIDDEN"},        // compliance puts it back on sale
			{"co", "RESUME", "", "PUBLISHED", ""},        //
			{"co", "RETIRE", "产品清盘", "RETIRED", ""},      //
			{"pm", "REOPEN", "", "DRAFT", ""},            //
		}
		tokens := map[string]string{"pm": pm, "co": co, "adv": adv}
		for i, s := range steps {
			status, code := act(tokens[s.who], s.action, s.comment)
			if status != s.status || code != s.code {
				t.Fatalf("step %d: %s %s → status %q code %q, want %q %q", i, s.who, s.action, status, code, s.status, s.code)
			}
			if s.status == "PUBLISHED" && i == 8 {
				if got := nodeOf(t, env, cli, p.ID); got == "null" {
					t.Error("a client does not see the published product")
				}
			}
		}

		var hist struct {
			Node struct {
				Versions struct {
					Edges []struct {
						Node struct {
							Version                   int
							Action, Status, ActorName string
							Comment                   string
							Changes                   []struct{ Field, From, To string }
						}
					}
				}
			}
		}
		env.Do(t, co, productHistory, map[string]any{"id": p.ID}).Decode(t, &hist)
		var got []string
		for _, e := range hist.Node.Versions.Edges {
			got = append(got, e.Node.Action+"/"+e.Node.Status+"/"+e.Node.ActorName)
		}
		want := []string{"CREATE/DRAFT/pm1", "EDIT/DRAFT/pm1", "SUBMIT/IN_REVIEW/pm1", "REJECT/DRAFT/compliance1",
			"SUBMIT/IN_REVIEW/pm1", "APPROVE/PUBLISHED/compliance1", "SUSPEND/SUSPENDED/pm1",
			"RESUME/PUBLISHED/compliance1", "RETIRE/RETIRED/compliance1", "REOPEN/DRAFT/pm1"}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("history\n got %v\nwant %v", got, want)
		}
		edit := hist.Node.Versions.Edges[1].Node
		if len(edit.Changes) != 2 || edit.Changes[0].Field != "name" || edit.Changes[1].Field != "riskLevel" ||
			edit.Changes[1].From != "R2" || edit.Changes[1].To != "R3" {
			t.Errorf("the edit's changes: %+v", edit.Changes)
		}
		if r := hist.Node.Versions.Edges[3].Node; r.Comment != "费率表缺少赎回费分档" {
			t.Errorf("the rejection's comment: %q", r.Comment)
		}
		// The history is for curators and overseers, and is never changed.
		var none struct {
			Node *struct{ Versions struct{ Edges []struct{} } }
		}
		env.Do(t, adv, productHistory, map[string]any{"id": p.ID}).Decode(t, &none)
		if none.Node == nil || len(none.Node.Versions.Edges) != 0 {
			t.Errorf("an advisor reads the history: %+v", none.Node)
		}
		ctx := system()
		if _, err := env.DB.Client.ProductVersion.Delete().Where(productversion.ProductID(mustID(t, p.ID))).Exec(ctx); err == nil {
			t.Error("a version was deleted")
		}
		// Every step is in the audit trail too.
		n, err := env.DB.Client.AuditLog.Query().Where(auditlog.EntityType("Product"), auditlog.EntityID(p.ID)).Count(ctx)
		must(t, err)
		if n != 10 { // the create, the edit and eight steps
			t.Errorf("%d audit rows for the product; want one per change", n)
		}
	})
}

// TestProductInputErrors checks that each bad field is named and nothing is
// written.
func TestProductInputErrors(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		pm := env.Login(t, "pm1")
		ctx := system()
		before, err := env.DB.Client.Product.Query().Count(ctx)
		must(t, err)
		versionsBefore, err := env.DB.Client.ProductVersion.Query().Count(ctx)
		must(t, err)
		cases := []struct {
			name  string
			edit  func(map[string]any)
			code  string
			field string
		}{
			{"code", func(in map[string]any) { in["code"] = "bad code!" }, "BAD_USER_INPUT", "code"},
			{"name", func(in map[string]any) { in["name"] = " " }, "BAD_USER_INPUT", "name"},
			{"fee", func(in map[string]any) { in["managementFeeRate"] = "150" }, "BAD_USER_INPUT", "managementFeeRate"},
			{"negative minimum", func(in map[string]any) { in["minAmount"] = "-1" }, "BAD_USER_INPUT", "minAmount"},
			{"return range", func(in map[string]any) { in["expectedReturnMin"] = "5" }, "BAD_USER_INPUT", "expectedReturn"},
			{"half a range", func(in map[string]any) { delete(in, "expectedReturnMax") }, "BAD_USER_INPUT", "expectedReturn"},
			{"document url", func(in map[string]any) {
				in["documents"] = []map[string]any{{"title": "合同", "kind": "CONTRACT", "url": "javascript:alert(1)", "version": "1"}}
			}, "BAD_USER_INPUT", "documents[0]"},
			{"sales window", func(in map[string]any) { in["saleEnd"] = "2025-12-31" }, "BAD_USER_INPUT", "saleEnd"},
			{"product horizon", func(in map[string]any) { in["horizon"] = "ANY" }, "BAD_USER_INPUT", "horizon"},
			{"validity", func(in map[string]any) { in["assessmentValidityMonths"] = 0 }, "BAD_USER_INPUT", "assessmentValidityMonths"},
			{"age", func(in map[string]any) { in["refuseFromAge"] = 7 }, "BAD_USER_INPUT", "refuseFromAge"},
			{"duplicate code", func(in map[string]any) { in["code"] = firstProductCode(t, env) }, "CONFLICT", "code"},
			{"target rule not JSON", func(in map[string]any) { in["targetRule"] = "{" }, "BAD_USER_INPUT", "targetRule"},
			{"target rule dimension", func(in map[string]any) {
				in["targetRule"] = `{"op":"EQ","dimension":"shoe_size","value":42}`
			}, "BAD_USER_INPUT", "shoe_size"},
			{"target rule injection", func(in map[string]any) {
				in["targetRule"] = `{"op":"EQ","dimension":"gender","value":"MALE'; DROP TABLE customers; --"}`
			}, "BAD_USER_INPUT", "targetRule"},
		}
		for _, c := range cases {
			in := draftInput("CM-ERR")
			c.edit(in)
			resp := env.Do(t, pm, createProduct, map[string]any{"in": in})
			if resp.Code() != c.code || !strings.Contains(resp.Errors[0].Message, c.field) {
				t.Errorf("%s: %q %+v, want %s naming %s", c.name, resp.Code(), resp.Errors, c.code, c.field)
			}
		}
		after, err := env.DB.Client.Product.Query().Count(ctx)
		must(t, err)
		if after != before {
			t.Errorf("%d products written by refused creates", after-before)
		}
		versions, err := env.DB.Client.ProductVersion.Query().Count(ctx)
		must(t, err)
		if versions != versionsBefore {
			t.Errorf("%d versions written by refused creates", versions-versionsBefore)
		}
	})
}

// TestProductNavs records a NAV history and checks the latest NAV, the
// exact one-year return, corrections and refusals.
func TestProductNavs(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		pm, adv := env.Login(t, "pm1"), env.Login(t, "advisor1")
		var created struct{ CreateProduct productData }
		env.Do(t, pm, createProduct, map[string]any{"in": draftInput("CM-NAV")}).Decode(t, &created)
		id := created.CreateProduct.ID
		const record = `mutation($id: ID!, $navs: [NavPointInput!]!) { recordProductNavs(productId: $id, navs: $navs) {
		  nav navDate return1y navs(first: 10) { totalCount } } }`
		type figures struct {
			RecordProductNavs struct {
				Nav, NavDate string
				Return1y     *string
				Navs         struct{ TotalCount int }
			}
		}
		var f figures
		env.Do(t, pm, record, map[string]any{"id": id, "navs": []map[string]any{
			{"date": "2025-06-30", "nav": "1.2000"}, {"date": "2025-07-31", "nav": "1.2100"},
		}}).Decode(t, &f)
		if f.RecordProductNavs.Nav != "1.2100" || f.RecordProductNavs.Return1y != nil {
			t.Errorf("a month of history: %+v", f.RecordProductNavs)
		}
		env.Do(t, pm, record, map[string]any{"id": id, "navs": []map[string]any{
			{"date": "2026-07-31", "nav": "1.3310"}, {"date": "2025-07-31", "nav": "1.2100"},
		}}).Decode(t, &f)
		if r := f.RecordProductNavs; r.Nav != "1.3310" || r.NavDate != "2026-07-31" || str(r.Return1y) != "10.0000" || r.Navs.TotalCount != 3 {
			t.Errorf("a year of history: %+v (return %v)", r, str(r.Return1y))
		}
		// A correction replaces the day's value.
		env.Do(t, pm, record, map[string]any{"id": id, "navs": []map[string]any{{"date": "2025-07-31", "nav": "1.1000"}}}).Decode(t, &f)
		if r := f.RecordProductNavs; str(r.Return1y) != "21.0000" || r.Navs.TotalCount != 3 {
			t.Errorf("after the correction: %+v (return %v)", r, str(r.Return1y))
		}
		for name, navs := range map[string][]map[string]any{
			"future":   {{"date": "2099-01-01", "nav": "1"}},
			"zero":     {{"date": "2026-01-05", "nav": "0"}},
			"twice":    {{"date": "2026-01-05", "nav": "1"}, {"date": "2026-01-05", "nav": "1.1"}},
			"no point": {},
		} {
			if code := env.Do(t, pm, record, map[string]any{"id": id, "navs": navs}).Code(); code != "BAD_USER_INPUT" {
				t.Errorf("%s: %q", name, code)
			}
		}
		if code := env.Do(t, adv, record, map[string]any{"id": id, "navs": []map[string]any{{"date": "2026-01-05", "nav": "1"}}}).Code(); code != "FORBIDDEN" {
			t.Errorf("an advisor records a NAV: %q", code)
		}
	})
}

// TestProductCatalogue filters and searches the seeded library the way
// the catalogue page does.
func TestProductCatalogue(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		token := env.Login(t, "advisor1")
		ctx := system()
		all, err := env.DB.Client.Product.Query().All(ctx)
		must(t, err)
		sample := all[len(all)/2]
		wantR := 0
		for _, p := range all {
			if p.RiskLevel == sample.RiskLevel && p.Type == sample.Type && p.Status == product.StatusPUBLISHED {
				wantR++
			}
		}
		var data struct {
			Products struct {
				TotalCount int
				Edges      []struct{ Node struct{ Code, Name string } }
			}
		}
		env.Do(t, token, `query($w: ProductWhereInput) { products(first: 5, where: $w, orderBy: [{field: RETURN_1Y, direction: DESC}]) {
		  totalCount edges { node { code name } } } }`, map[string]any{"w": map[string]any{
			"riskLevelIn": []string{string(sample.RiskLevel)}, "typeIn": []string{sample.Type.String()}, "status": "PUBLISHED",
		}}).Decode(t, &data)
		if data.Products.TotalCount != wantR {
			t.Errorf("filtered: %d products, want %d", data.Products.TotalCount, wantR)
		}
		// Pinyin initials find a name.
		initials := sample.NameInitials
		if len(initials) > 3 {
			initials = initials[:3]
		}
		env.Do(t, token, `query($w: ProductWhereInput) { products(first: 50, where: $w) { totalCount edges { node { code name } } } }`,
			map[string]any{"w": map[string]any{"or": []map[string]any{
				{"nameInitialsHasPrefix": initials}, {"codeHasPrefix": initials}, {"nameContains": initials},
			}}}).Decode(t, &data)
		if data.Products.TotalCount == 0 {
			t.Errorf("initials %q of %s find nothing", initials, sample.Name)
		}
	})
}

// nodeOf is "null" when the viewer finds no node of the id, "found"
// otherwise.
func nodeOf(t *testing.T, env *crmtest.Env, token, id string) string {
	t.Helper()
	resp := env.Do(t, token, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
	if resp.Code() == "NOT_FOUND" {
		return "null"
	}
	return "found"
}

// str is *s, or "" for nil.
func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func mustID(t *testing.T, id string) int {
	t.Helper()
	n, err := strconv.Atoi(id)
	must(t, err)
	return n
}

func firstProductCode(t *testing.T, env *crmtest.Env) string {
	p, err := env.DB.Client.Product.Query().First(system())
	must(t, err)
	return p.Code
}

// TestProductPagingByAmount pages through the library ordered by an
// amount, whose cursor carries a decimal: every product once.
func TestProductPagingByAmount(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		token := env.Login(t, "pm1")
		for _, field := range []string{"MIN_AMOUNT", "MANAGEMENT_FEE_RATE", "SALES_AMOUNT"} {
			seen := map[string]bool{}
			var after any
			total := 0
			for {
				var data struct {
					Products struct {
						TotalCount int
						Edges      []struct{ Node struct{ ID string } }
						PageInfo   struct {
							HasNextPage bool
							EndCursor   string
						}
					}
				}
				env.Do(t, token, `query($o: ProductOrderField!, $after: Cursor) { products(first: 100, after: $after, orderBy: [{field: $o, direction: DESC}]) {
				  totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
					map[string]any{"o": field, "after": after}).Decode(t, &data)
				total = data.Products.TotalCount
				for _, e := range data.Products.Edges {
					if seen[e.Node.ID] {
						t.Fatalf("%s: product %s on two pages", field, e.Node.ID)
					}
					seen[e.Node.ID] = true
				}
				if !data.Products.PageInfo.HasNextPage {
					break
				}
				after = data.Products.PageInfo.EndCursor
			}
			if len(seen) != total {
				t.Errorf("%s: paged through %d of %d products", field, len(seen), total)
			}
		}
	})
}

// TestProductCSV exports the library and imports a file of new, changed
// and bad rows: a dry run writes nothing; the import creates and updates
// drafts as versions and rejects the rest with their line and column.
func TestProductCSV(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		pm := env.Login(t, "pm1")
		ctx := system()
		total, err := env.DB.Client.Product.Query().Count(ctx)
		must(t, err)
		var exported struct{ ExportProducts string }
		env.Do(t, pm, `{ exportProducts }`, nil).Decode(t, &exported)
		if lines := strings.Count(strings.TrimSpace(exported.ExportProducts), "\n") + 1; lines != total+1 {
			t.Errorf("export has %d lines for %d products", lines, total)
		}
		var draft struct{ CreateProduct productData }
		env.Do(t, pm, createProduct, map[string]any{"in": draftInput("CSV-DRAFT")}).Decode(t, &draft)
		published, err := env.DB.Client.Product.Query().Where(product.StatusEQ(product.StatusPUBLISHED)).First(ctx)
		must(t, err)

		head := "code,name,type,issuer,risk_level,horizon,variety,min_amount,management_fee_rate"
		file := strings.Join([]string{
			head,
			"CSV-NEW,新导入债券基金,BOND_FUND,某基金,R2,MEDIUM,FIXED_INCOME,1000,0.6",
			"CSV-DRAFT,改名后的产品,BOND_FUND,招商基金管理有限公司,R2,MEDIUM,FIXED_INCOME,1000,0.6",
			published.Code + ",改不了,BOND_FUND,某基金,R2,MEDIUM,FIXED_INCOME,1000,0.6",
			"CSV-BAD,坏行,BOND_FUND,某基金,R2,MEDIUM,FIXED_INCOME,一千,0.6",
		}, "\n")
		const importOp = `mutation($csv: String!, $dry: Boolean!) { importProducts(csv: $csv, dryRun: $dry) {
		  created updated unchanged rejected errors { line column value message } } }`
		type report struct {
			ImportProducts struct {
				Created, Updated, Unchanged, Rejected int
				Errors                                []struct {
					Line                   int
					Column, Value, Message string
				}
			}
		}
		var dry report
		env.Do(t, pm, importOp, map[string]any{"csv": file, "dry": true}).Decode(t, &dry)
		if r := dry.ImportProducts; r.Created != 1 || r.Updated != 1 || r.Rejected != 2 {
			t.Errorf("dry run: %+v", r)
		}
		if n, _ := env.DB.Client.Product.Query().Where(product.Code("CSV-NEW")).Count(ctx); n != 0 {
			t.Error("a dry run created a product")
		}
		var done report
		env.Do(t, pm, importOp, map[string]any{"csv": file, "dry": false}).Decode(t, &done)
		r := done.ImportProducts
		if r.Created != 1 || r.Updated != 1 || r.Rejected != 2 || len(r.Errors) != 2 {
			t.Fatalf("import: %+v", r)
		}
		if e := r.Errors[0]; e.Line != 4 || e.Column != "code" || !strings.Contains(e.Message, "PUBLISHED") {
			t.Errorf("the published product's row: %+v", e)
		}
		if e := r.Errors[1]; e.Line != 5 || e.Column != "min_amount" || e.Value != "一千" {
			t.Errorf("the bad row: %+v", e)
		}
		changed, err := env.DB.Client.Product.Query().Where(product.Code("CSV-DRAFT")).Only(ctx)
		must(t, err)
		if changed.Name != "改名后的产品" || changed.Version != 2 {
			t.Errorf("the updated draft: %s v%d", changed.Name, changed.Version)
		}
		// Importing the same file again changes nothing.
		env.Do(t, pm, importOp, map[string]any{"csv": file, "dry": false}).Decode(t, &done)
		if r := done.ImportProducts; r.Created != 0 || r.Updated != 0 || r.Unchanged != 2 {
			t.Errorf("the same file again: %+v", r)
		}
		if code := env.Do(t, env.Login(t, "advisor1"), importOp, map[string]any{"csv": file, "dry": true}).Code(); code != "FORBIDDEN" {
			t.Errorf("an advisor imports products: %q", code)
		}
	})
}
