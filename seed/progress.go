package seed

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress shows clients written and the overall rows per second.
type progress struct {
	out   io.Writer
	bar   *progressbar.ProgressBar
	start time.Time
	rows  int
}

func newProgress(w io.Writer, clients int) *progress {
	p := &progress{out: w, start: time.Now()}
	if w != nil {
		p.bar = progressbar.NewOptions(clients,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("seeding clients"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
		)
	}
	return p
}

func (p *progress) add(clients, rows int) {
	p.rows += rows
	if p.bar == nil {
		return
	}
	perSecond := float64(p.rows) / time.Since(p.start).Seconds()
	p.bar.Describe(fmt.Sprintf("seeding clients (%d rows, %.0f rows/s)", p.rows, perSecond))
	_ = p.bar.Add(clients)
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
		fmt.Fprintln(p.out)
	}
}
