package clientview

import (
	"cmp"
	"database/sql"
	"fmt"
	"strings"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent/advisorassignment"
	"github.com/brokercrm/crm/ent/cashflow"
	"github.com/brokercrm/crm/ent/clientstatuschange"
	"github.com/brokercrm/crm/ent/instrument"
	"github.com/brokercrm/crm/ent/interaction"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/ent/push"
	"github.com/brokercrm/crm/ent/riskassessment"
	"github.com/brokercrm/crm/ent/salesorder"
	"github.com/brokercrm/crm/ent/trade"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/viewer"
)

// source is one kind of timeline item: the table it comes from and how
// its row becomes a title.
type source struct {
	kind  Kind
	table string
	at    string // the column that dates the item
	// scope is what an API key needs to read the table; the schemas'
	// policies ask the same (orders:read for orders, clients:read else).
	scope viewer.Scope
	// join names the record the title mentions (an instrument or a
	// product), through the table's foreign key column.
	join *reference
	// columns fill amount, quantity, a, b, c and score of the row, in
	// that order; what a branch lacks stays NULL. A reference's columns
	// are written "ref.column".
	amount, quantity, a, b, c, score string
	title                            func(r *row) string
}

type reference struct{ table, via string }

var sources = map[Kind]source{
	KindTrade: {
		table: trade.Table, at: trade.FieldTradedAt, scope: viewer.ClientsRead,
		join:   &reference{instrument.Table, trade.FieldInstrumentID},
		amount: trade.FieldAmount, quantity: trade.FieldQuantity,
		a: trade.FieldSide, b: "ref." + instrument.FieldCode, c: "ref." + instrument.FieldName,
		title: func(r *row) string {
			what := ""
			if r.b.Valid {
				what = r.b.String + " " + r.c.String + " "
			}
			return fmt.Sprintf("%s %s%s 股", sideNames[r.a.String], what, plain(money.Decimal(r.quantity.Int64)))
		},
	},
	KindCashFlow: {
		table: cashflow.Table, at: cashflow.FieldOccurredAt, scope: viewer.ClientsRead,
		amount: cashflow.FieldAmount, a: cashflow.FieldType,
		title: func(r *row) string { return flowNames[r.a.String] },
	},
	KindInteraction: {
		table: interaction.Table, at: interaction.FieldOccurredAt, scope: viewer.ClientsRead,
		a:     interaction.FieldSummary,
		title: func(r *row) string { return clip(r.a.String, 60) },
	},
	KindOrder: {
		table: salesorder.Table, at: salesorder.FieldCreatedAt, scope: viewer.OrdersRead,
		join:   &reference{product.Table, salesorder.FieldProductID},
		amount: salesorder.FieldAmount, b: "ref." + product.FieldName,
		title: func(r *row) string { return withName("认购", r.b) },
	},
	KindStatusChange: {
		table: clientstatuschange.Table, at: clientstatuschange.FieldChangedAt, scope: viewer.ClientsRead,
		a: clientstatuschange.FieldFromStatus, b: clientstatuschange.FieldToStatus, c: clientstatuschange.FieldReason,
		title: func(r *row) string {
			return clip(fmt.Sprintf("状态 %s → %s：%s", cmp.Or(r.a.String, "—"), r.b.String, r.c.String), 80)
		},
	},
	KindPush: {
		table: push.Table, at: push.FieldCreatedAt, scope: viewer.ClientsRead,
		join:  &reference{product.Table, push.FieldProductID},
		b:     "ref." + product.FieldName,
		title: func(r *row) string { return withName("推送", r.b) },
	},
	KindAssessment: {
		table: riskassessment.Table, at: riskassessment.FieldAssessedAt, scope: viewer.ClientsRead,
		a: riskassessment.FieldLevel, score: riskassessment.FieldScore,
		title: func(r *row) string { return fmt.Sprintf("风险测评 %s（%d 分）", r.a.String, r.score.Int64) },
	},
	KindAdvisorChange: {
		table: advisorassignment.Table, at: advisorassignment.FieldChangedAt, scope: viewer.ClientsRead,
		c:     advisorassignment.FieldReason,
		title: func(r *row) string { return clip("更换顾问："+r.c.String, 80) },
	},
}

func init() {
	for k, s := range sources {
		s.kind = k
		sources[k] = s
	}
}

var sideNames = map[string]string{trade.SideBUY.String(): "买入", trade.SideSELL.String(): "卖出"}

var flowNames = map[string]string{
	cashflow.TypeDEPOSIT.String(): "存入", cashflow.TypeWITHDRAWAL.String(): "取出",
	cashflow.TypeBANK_TRANSFER_IN.String(): "银证转入", cashflow.TypeBANK_TRANSFER_OUT.String(): "银证转出",
	cashflow.TypeDIVIDEND.String(): "分红", cashflow.TypeINTEREST.String(): "利息",
	cashflow.TypeFEE.String(): "费用", cashflow.TypeMARGIN_INTEREST.String(): "融资利息",
}

func withName(verb string, name sql.NullString) string {
	if name.Valid {
		return verb + " " + name.String
	}
	return verb
}

// selectFrom is the source's branch of the union: its newest n rows of
// the client before b that where admits.
func (s source) selectFrom(d *entsql.DialectBuilder, clientID int, b *bound, n int, where func(*entsql.Selector)) *entsql.Selector {
	t := d.Table(s.table)
	ref := d.Table("").As("ref")
	if s.join != nil {
		ref = d.Table(s.join.table).As("ref")
	}
	col := func(name, cast string) entsql.Querier {
		switch {
		case name == "":
			return entsql.Expr("CAST(NULL AS " + cast + ")")
		case strings.HasPrefix(name, "ref."):
			return entsql.Expr(ref.C(strings.TrimPrefix(name, "ref.")))
		}
		return entsql.Expr(t.C(name))
	}
	sel := d.Select().From(t)
	sel.AppendSelectExprAs(entsql.Expr("'"+string(s.kind)+"'"), "kind")
	sel.AppendSelectExprAs(entsql.Expr(t.C("id")), "id")
	sel.AppendSelectExprAs(entsql.Expr(t.C(s.at)), "at")
	sel.AppendSelectExprAs(col(s.amount, "BIGINT"), "amount")
	sel.AppendSelectExprAs(col(s.quantity, "BIGINT"), "quantity")
	sel.AppendSelectExprAs(col(s.a, "TEXT"), "a")
	sel.AppendSelectExprAs(col(s.b, "TEXT"), "b")
	sel.AppendSelectExprAs(col(s.c, "TEXT"), "c")
	sel.AppendSelectExprAs(col(s.score, "BIGINT"), "score")
	if s.join != nil {
		sel.LeftJoin(ref).On(t.C(s.join.via), ref.C("id"))
	}
	sel.Where(entsql.EQ(t.C("client_id"), clientID))
	if b != nil {
		sel.Where(entsql.CompositeLT([]string{t.C(s.at), t.C("id")}, b.at, b.id))
	}
	if where != nil {
		where(sel)
	}
	return sel.OrderBy(entsql.Desc(t.C(s.at)), entsql.Desc(t.C("id"))).Limit(n)
}
