package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/ingest"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/viewer"
)

func newImportCommand(cfg *Config) *cobra.Command {
	var format, encoding, errorsPath, as string
	var mapping []string
	var dryRun bool
	var chunk int
	cmd := &cobra.Command{
		Use:   "import KIND FILE...",
		Short: "Import files from the core systems: " + kindList(),
		Long: `Import CSV (UTF-8 or GBK) or NDJSON files from the core systems. Rows are
merged by their natural keys: importing a file again changes nothing, a
corrected file updates what changed, and a run that was killed resumes
where it stopped when started again with the same file. Rejected rows are
written to an error report. The columns of each kind are in docs/imports.md.`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			kind, err := ingest.ParseKind(args[0])
			if err != nil {
				return err
			}
			opts := ingest.Options{Kind: kind, DryRun: dryRun, ChunkRows: chunk}
			if format != "" {
				opts.Format = ingest.Format(strings.ToUpper(format))
			}
			if encoding != "" {
				if opts.Encoding, err = ingest.ParseEncoding(encoding); err != nil {
					return err
				}
			}
			if opts.Mapping, err = parseMapping(mapping); err != nil {
				return err
			}
			ctx := cmd.Context()
			db, err := openDB(ctx, cfg, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			if _, err := db.Migrate(ctx); err != nil {
				return err
			}
			if as != "" {
				// Run as a user: their policy decides, and the audit trail
				// names them.
				u, err := db.Client.User.Query().Where(user.Username(as)).Only(privacy.DecisionContext(ctx, privacy.Allow))
				if err != nil {
					return fmt.Errorf("--as %s: %w", as, err)
				}
				ctx = viewer.NewContext(ctx, auth.ViewerOf(u))
			}
			out := cmd.OutOrStdout()
			for _, path := range args[1:] {
				opts.Path = path
				bar := newImportBar(path)
				opts.Progress = bar.update
				s, err := ingest.Run(ctx, db, opts)
				bar.finish()
				if err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
				resumed := ""
				if s.Resumed {
					resumed = ", resumed"
				}
				fmt.Fprintf(out, "%s (job %d%s): %s in %s (%.0f rows/s)\n", path, s.JobID, resumed, s,
					bar.elapsed().Round(time.Millisecond), bar.rate(s.Lines))
				if s.Rejected > 0 {
					report := errorsPath
					if report == "" || len(args) > 2 {
						report = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + ".errors.csv"
					}
					if err := writeReport(cmd, db, s.JobID, report); err != nil {
						return err
					}
					fmt.Fprintf(out, "  %d rejected rows and why: %s\n", s.Rejected, report)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "csv or ndjson (default: by the file name)")
	cmd.Flags().StringVar(&encoding, "encoding", "", "utf-8 or gbk/gb18030 (default: detected)")
	cmd.Flags().StringSliceVar(&mapping, "map", nil, "read a differently named column: FILE_COLUMN=COLUMN (repeatable)")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "validate only; write nothing")
	cmd.Flags().StringVar(&errorsPath, "errors", "", "the error report (default: FILE.errors.csv in the current directory)")
	cmd.Flags().StringVar(&as, "as", "", "run as this user (products are imported as a product manager)")
	cmd.Flags().IntVar(&chunk, "chunk", 0, "rows per transaction (default 20000 on PostgreSQL, 5000 on SQLite)")
	return cmd
}

func kindList() string {
	var names []string
	for _, k := range ingest.Kinds() {
		names = append(names, strings.ToLower(string(k)))
	}
	return strings.Join(names, ", ")
}

func parseMapping(pairs []string) (map[string]string, error) {
	if len(pairs) == 0 {
		return nil, nil
	}
	m := map[string]string{}
	for _, p := range pairs {
		from, to, ok := strings.Cut(p, "=")
		if !ok || from == "" || to == "" {
			return nil, fmt.Errorf("--map %q: write FILE_COLUMN=COLUMN", p)
		}
		m[from] = to
	}
	return m, nil
}

func writeReport(cmd *cobra.Command, db *store.DB, jobID int, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := ingest.WriteReport(cmd.Context(), db.Client, jobID, f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// importBar shows bytes read, rows per second and the time left.
type importBar struct {
	bar   *progressbar.ProgressBar
	start time.Time
}

func newImportBar(path string) *importBar {
	b := &importBar{start: time.Now()}
	size := int64(-1)
	if st, err := os.Stat(path); err == nil {
		size = st.Size()
	}
	b.bar = progressbar.NewOptions64(size,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(filepath.Base(path)),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionShowElapsedTimeOnFinish(),
	)
	return b
}

func (b *importBar) update(p ingest.Progress) {
	b.bar.Describe(fmt.Sprintf("%s %d rows (%.0f rows/s)", "importing", p.Lines, b.rate(p.Lines)))
	_ = b.bar.Set64(p.Bytes)
}

func (b *importBar) finish() {
	_ = b.bar.Finish()
	fmt.Fprintln(os.Stderr)
}

func (b *importBar) elapsed() time.Duration { return time.Since(b.start) }

func (b *importBar) rate(rows int) float64 {
	return float64(rows) / max(b.elapsed().Seconds(), 1e-9)
}
