package catalog

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/brokercrm/crm/enum"
)

// Document is one of a product's documents, as the investor is shown it
// before a sale (Art. 23–25 disclosure): its title, kind, where it is and
// which version.
type Document struct {
	Title   string       `json:"title"`
	Kind    DocumentKind `json:"kind"`
	URL     string       `json:"url"`
	Version string       `json:"version"`
}

// DocumentKind is what a document is.
type DocumentKind string

// The kinds of documents.
const (
	Prospectus     DocumentKind = "PROSPECTUS"      // 招募说明书
	Contract       DocumentKind = "CONTRACT"        // 产品合同
	RiskDisclosure DocumentKind = "RISK_DISCLOSURE" // 风险揭示书
	FactSheet      DocumentKind = "FACT_SHEET"      // 产品概要
	Announcement   DocumentKind = "ANNOUNCEMENT"    // 公告
	OtherDocument  DocumentKind = "OTHER"
)

// Values lists the kinds.
func (DocumentKind) Values() []string {
	return []string{string(Prospectus), string(Contract), string(RiskDisclosure), string(FactSheet),
		string(Announcement), string(OtherDocument)}
}

// MarshalGQL writes the kind as a GraphQL enum value.
func (k DocumentKind) MarshalGQL(w io.Writer) { enum.Write(w, string(k)) }

// UnmarshalGQL reads a kind.
func (k *DocumentKind) UnmarshalGQL(v any) (err error) {
	*k, err = enum.Parse[DocumentKind](v)
	return err
}

// MaxDocuments bounds a product's documents.
const MaxDocuments = 50

// Validate reports what is wrong with the document, naming the field.
func (d Document) Validate() error {
	switch {
	case strings.TrimSpace(d.Title) == "" || utf8.RuneCountInString(d.Title) > 200:
		return fmt.Errorf("title: give 1 to 200 characters")
	case !validKind(d.Kind):
		return fmt.Errorf("kind: %q is not a document kind", d.Kind)
	case strings.TrimSpace(d.Version) == "" || len(d.Version) > 50:
		return fmt.Errorf("version: give 1 to 50 characters")
	}
	u, err := url.Parse(d.URL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || len(d.URL) > 2000 {
		return fmt.Errorf("url: %q is not an http(s) address", d.URL)
	}
	return nil
}

func validKind(k DocumentKind) bool {
	_, err := enum.Parse[DocumentKind](string(k))
	return err == nil
}
