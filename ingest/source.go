package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"

	"github.com/brokercrm/crm/ent/importjob"
)

// Format is how a file's rows are written.
type Format = importjob.Format

// Encoding is a CSV file's character set. GB18030 is a superset of GBK
// and GB2312, so it reads the files Chinese core systems export.
type Encoding = importjob.Encoding

// FileError is a problem with the file as a whole (no header, a required
// column missing): nothing of it can be imported.
type FileError struct{ Msg string }

func (e *FileError) Error() string { return e.Msg }

func fileErrorf(format string, args ...any) error {
	return &FileError{Msg: fmt.Sprintf(format, args...)}
}

// FormatOf guesses the format from a file name: NDJSON for .ndjson and
// .jsonl, CSV otherwise.
func FormatOf(name string) Format {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".ndjson") || strings.HasSuffix(lower, ".jsonl") {
		return importjob.FormatNDJSON
	}
	return importjob.FormatCSV
}

// ParseEncoding reads an --encoding value: utf-8, gbk, gb2312 or gb18030.
func ParseEncoding(s string) (Encoding, error) {
	switch strings.ToLower(strings.ReplaceAll(s, "-", "")) {
	case "utf8":
		return importjob.EncodingUTF8, nil
	case "gbk", "gb2312", "gb18030", "cp936":
		return importjob.EncodingGB18030, nil
	}
	return "", fmt.Errorf("unknown encoding %q: use utf-8 or gbk", s)
}

// sniffSize is how much of a file encoding detection looks at.
const sniffSize = 64 << 10

// detectEncoding reads UTF-8 when the file starts with its byte-order mark
// or its first 64 KiB are valid UTF-8, and GB18030 otherwise: GBK text is
// almost never valid UTF-8.
func detectEncoding(head []byte) Encoding {
	if bytes.HasPrefix(head, utf8BOM) {
		return importjob.EncodingUTF8
	}
	// A multi-byte character may be cut at the end of the sample.
	for i := 0; i < utf8.UTFMax && len(head) > 0 && !utf8.Valid(head); i++ {
		head = head[:len(head)-1]
	}
	if utf8.Valid(head) {
		return importjob.EncodingUTF8
	}
	return importjob.EncodingGB18030
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decoded returns r as UTF-8 text, detecting the encoding when enc is
// empty, and the encoding it used.
func decoded(r *bufio.Reader, enc Encoding) (io.Reader, Encoding, error) {
	head, err := r.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, "", err
	}
	if enc == "" {
		enc = detectEncoding(head)
	}
	if enc == importjob.EncodingGB18030 {
		return transform.NewReader(r, simplifiedchinese.GB18030.NewDecoder()), enc, nil
	}
	if bytes.HasPrefix(head, utf8BOM) {
		_, _ = r.Discard(len(utf8BOM))
	}
	return r, enc, nil
}

// records reads a file's data rows as fields in the kind's documented
// column order.
type records interface {
	// next returns the next row and its line; io.EOF after the last. A
	// row that cannot be read at all comes back as a *Rejection error,
	// and reading goes on after it.
	next() (fields []string, line int, err error)
}

// header maps a file's column names to the documented columns: through
// mapping first (file name → documented name), then by name, ignoring
// case and surrounding blanks. Columns the kind does not know are
// ignored; a required column that is missing is a FileError.
func header(names []string, cols []column, mapping map[string]string) ([]int, error) {
	want := make(map[string]int, len(cols))
	for i, c := range cols {
		want[c.name] = i
	}
	lowered := make(map[string]string, len(mapping))
	for from, to := range mapping {
		lowered[strings.ToLower(strings.TrimSpace(from))] = strings.ToLower(strings.TrimSpace(to))
	}
	at := make([]int, len(cols))
	for i := range at {
		at[i] = -1
	}
	for pos, name := range names {
		name = strings.ToLower(strings.TrimSpace(name))
		if to, ok := lowered[name]; ok {
			name = to
		}
		if i, ok := want[name]; ok && at[i] < 0 {
			at[i] = pos
		}
	}
	var missing []string
	for i, c := range cols {
		if c.required && at[i] < 0 {
			missing = append(missing, c.name)
		}
	}
	if len(missing) > 0 {
		return nil, fileErrorf("the header lacks the required column(s) %s", strings.Join(missing, ", "))
	}
	return at, nil
}

// csvRecords reads CSV with a header row.
type csvRecords struct {
	r      *csv.Reader
	at     []int
	fields []string
}

func newCSVRecords(r io.Reader, cols []column, mapping map[string]string) (*csvRecords, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	names, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, fileErrorf("the file is empty: a header row is required")
	}
	if err != nil {
		return nil, fileErrorf("the header row cannot be read: %v", err)
	}
	at, err := header(names, cols, mapping)
	if err != nil {
		return nil, err
	}
	return &csvRecords{r: cr, at: at, fields: make([]string, len(cols))}, nil
}

func (c *csvRecords) next() ([]string, int, error) {
	rec, err := c.r.Read()
	if err != nil {
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			return nil, perr.StartLine, &Rejection{Line: perr.StartLine, Reason: "MALFORMED",
				Message: "the line is not valid CSV: " + perr.Err.Error()}
		}
		return nil, 0, err
	}
	line, _ := c.r.FieldPos(0)
	if len(rec) == 1 && rec[0] == "" {
		return c.next() // a blank line
	}
	for i, pos := range c.at {
		c.fields[i] = ""
		if pos >= 0 && pos < len(rec) {
			c.fields[i] = rec[pos]
		}
	}
	return c.fields, line, nil
}

// ndjsonRecords reads one JSON object per line; blank lines are skipped.
type ndjsonRecords struct {
	sc      *bufio.Scanner
	line    int
	want    map[string]int
	mapping map[string]string
	fields  []string
	cols    []column
	checked bool
}

// maxLine is the longest NDJSON line read.
const maxLine = 1 << 20

func newNDJSONRecords(r io.Reader, cols []column, mapping map[string]string) *ndjsonRecords {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	want := make(map[string]int, len(cols))
	for i, c := range cols {
		want[c.name] = i
	}
	m := make(map[string]string, len(mapping))
	for from, to := range mapping {
		m[strings.ToLower(strings.TrimSpace(from))] = strings.ToLower(strings.TrimSpace(to))
	}
	return &ndjsonRecords{sc: sc, want: want, mapping: m, fields: make([]string, len(cols)), cols: cols}
}

func (n *ndjsonRecords) next() ([]string, int, error) {
	for n.sc.Scan() {
		n.line++
		text := bytes.TrimSpace(n.sc.Bytes())
		if len(text) == 0 {
			continue
		}
		if !n.checked {
			// Required keys are checked on the first object, as a CSV
			// header would be: a file of the wrong kind fails at once.
			n.checked = true
			if err := n.checkKeys(text); err != nil {
				return nil, n.line, err
			}
		}
		if rej := n.decode(text); rej != nil {
			return nil, n.line, rej
		}
		return n.fields, n.line, nil
	}
	if err := n.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, n.line + 1, fileErrorf("line %d is longer than %d bytes", n.line+1, maxLine)
		}
		return nil, 0, err
	}
	return nil, 0, io.EOF
}

func (n *ndjsonRecords) checkKeys(text []byte) error {
	var obj map[string]json.RawMessage
	if json.Unmarshal(text, &obj) != nil {
		return nil // the row itself will be rejected
	}
	names := make([]string, 0, len(obj))
	for k := range obj {
		names = append(names, k)
	}
	_, err := header(names, n.cols, n.mapping)
	return err
}

func (n *ndjsonRecords) decode(text []byte) *Rejection {
	var obj map[string]any
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.UseNumber() // amounts stay exact text
	if err := dec.Decode(&obj); err != nil {
		return &Rejection{Line: n.line, Reason: "MALFORMED", Message: "the line is not a JSON object: " + err.Error()}
	}
	for i := range n.fields {
		n.fields[i] = ""
	}
	for key, v := range obj {
		name := strings.ToLower(strings.TrimSpace(key))
		if to, ok := n.mapping[name]; ok {
			name = to
		}
		i, ok := n.want[name]
		if !ok {
			continue
		}
		switch v := v.(type) {
		case nil:
		case string:
			n.fields[i] = v
		case json.Number:
			n.fields[i] = v.String()
		case bool:
			n.fields[i] = fmt.Sprint(v)
		default:
			return &Rejection{Line: n.line, Column: n.cols[i].name, Reason: "MALFORMED",
				Message: "the value must be a string, a number, true, false or null"}
		}
	}
	return nil
}
