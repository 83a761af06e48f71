package clientsegment

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/brokercrm/crm/audit"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/auditlog"
	"github.com/brokercrm/crm/ent/clientmetrics"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/pii"
	"github.com/brokercrm/crm/viewer"
)

// Format is a file format of an export.
type Format string

// The formats.
const (
	CSV  Format = "csv"
	XLSX Format = "xlsx"
)

// exportColumns head an export, in both languages.
var exportColumns = []string{"客户号 Client no", "姓名 Name", "状态 Status", "营业部 Branch", "服务顾问 Advisor",
	"手机 Phone", "风险承受能力 Risk tolerance", "总资产 Total assets", "最近交易日 Last traded"}

// exportPage is how many members are read at a time.
const exportPage = 1000

// rowWriter is one file format's writer of rows.
type rowWriter interface {
	write(row []string) error
	close() error
}

// Export writes the members of a saved segment the viewer may see to w:
// phones are masked unless the viewer may see them (package pii), and
// each unmasked one is recorded in ctx's reads; the export itself is
// audited. It returns how many members were written.
func Export(ctx context.Context, client *ent.Client, c *Catalog, segmentID int, format Format, w io.Writer, now time.Time) (int, error) {
	v := viewer.FromContext(ctx)
	if v == nil || !v.Role.IsStaff() {
		return 0, privacy.Denyf("exports are for staff")
	}
	seg, err := client.SavedSegment.Get(ctx, segmentID)
	if err != nil {
		return 0, err
	}
	q, err := Members(client, c, seg.Rule, now)
	if err != nil {
		return 0, err
	}
	out, err := newRowWriter(format, w)
	if err != nil {
		return 0, err
	}
	if err := out.write(exportColumns); err != nil {
		return 0, err
	}
	names, err := staffNames(ctx, client)
	if err != nil {
		return 0, err
	}
	written, after := 0, 0
	for {
		page, err := q.Clone().Where(customer.IDGT(after)).Order(ent.Asc(customer.FieldID)).Limit(exportPage).All(ctx)
		if err != nil {
			return written, err
		}
		if len(page) == 0 {
			break
		}
		metrics, err := metricsOf(ctx, client, page)
		if err != nil {
			return written, err
		}
		for _, m := range page {
			if err := out.write(exportRow(ctx, v, m, metrics[m.ID], names)); err != nil {
				return written, err
			}
			written++
		}
		after = page[len(page)-1].ID
	}
	if err := out.close(); err != nil {
		return written, err
	}
	err = audit.Write(ctx, client, audit.Entry{Action: auditlog.ActionEXPORT, EntityType: ent.TypeSavedSegment,
		EntityID: strconv.Itoa(seg.ID), After: map[string]any{"format": string(format), "members": written}})
	return written, err
}

// exportRow is one member's row.
func exportRow(ctx context.Context, v *viewer.Viewer, c *ent.Customer, m *ent.ClientMetrics, names names) []string {
	phone := ""
	if c.Phone != "" {
		phone = pii.Show(ctx, ent.TypeCustomer, c.ID, pii.MayReveal(v, c.ID, c.AdvisorID), pii.Phone, c.Phone)
	}
	advisor := ""
	if c.AdvisorID != nil {
		advisor = names.users[*c.AdvisorID]
	}
	risk, assets, traded := "", "", ""
	if c.RiskCategory != nil {
		risk = string(*c.RiskCategory)
	}
	if m != nil {
		assets = "0.0000"
		if m.TotalAssets != nil {
			assets = m.TotalAssets.String()
		}
		if m.LastTradeOn != nil {
			traded = m.LastTradeOn.Format(time.DateOnly)
		}
	}
	return []string{c.ClientNo, c.Name, string(c.Status), names.branches[c.BranchID], advisor, phone, risk, assets, traded}
}

// metricsOf reads the metrics of a page of clients (visible, as they are).
func metricsOf(ctx context.Context, client *ent.Client, page []*ent.Customer) (map[int]*ent.ClientMetrics, error) {
	ids := make([]int, len(page))
	for i, c := range page {
		ids[i] = c.ID
	}
	rows, err := client.ClientMetrics.Query().Where(clientmetrics.IDIn(ids...)).
		Select(clientmetrics.FieldID, clientmetrics.FieldTotalAssets, clientmetrics.FieldLastTradeOn).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[int]*ent.ClientMetrics, len(rows))
	for _, r := range rows {
		out[r.ID] = r
	}
	return out, nil
}

type names struct{ branches, users map[int]string }

// staffNames names branches and staff: not secret from staff.
func staffNames(ctx context.Context, client *ent.Client) (names, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	n := names{branches: map[int]string{}, users: map[int]string{}}
	bs, err := client.Branch.Query().All(ctx)
	if err != nil {
		return n, err
	}
	for _, b := range bs {
		n.branches[b.ID] = b.Name
	}
	us, err := client.User.Query().All(ctx)
	if err != nil {
		return n, err
	}
	for _, u := range us {
		n.users[u.ID] = u.DisplayName
	}
	return n, nil
}

func newRowWriter(format Format, w io.Writer) (rowWriter, error) {
	switch format {
	case CSV:
		// A byte-order mark, so that Excel opens the UTF-8 as UTF-8.
		if _, err := w.Write([]byte("\uFEFF")); err != nil {
			return nil, err
		}
		return &csvWriter{w: csv.NewWriter(w)}, nil
	case XLSX:
		f := excelize.NewFile()
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			return nil, err
		}
		return &xlsxWriter{file: f, stream: sw, out: w}, nil
	}
	return nil, fmt.Errorf("unknown export format %q", format)
}

type csvWriter struct{ w *csv.Writer }

func (c *csvWriter) write(row []string) error { return c.w.Write(row) }
func (c *csvWriter) close() error             { c.w.Flush(); return c.w.Error() }

// xlsxWriter streams rows into a sheet; the workbook is written out at
// the end (a zip needs its directory last).
type xlsxWriter struct {
	file   *excelize.File
	stream *excelize.StreamWriter
	out    io.Writer
	rows   int
}

func (x *xlsxWriter) write(row []string) error {
	x.rows++
	cells := make([]any, len(row))
	for i, v := range row {
		cells[i] = v
	}
	cell, err := excelize.CoordinatesToCellName(1, x.rows)
	if err != nil {
		return err
	}
	return x.stream.SetRow(cell, cells)
}

func (x *xlsxWriter) close() error {
	if err := x.stream.Flush(); err != nil {
		return err
	}
	_, err := x.file.WriteTo(x.out)
	return err
}
