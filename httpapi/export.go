package httpapi

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/audit"
	"github.com/brokercrm/crm/clientsegment"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/viewer"
)

// exportSegment serves GET /api/segments/{id}/export?format=csv|xlsx: the
// members of a saved segment the viewer may see, as a file, with personal
// data masked as the viewer's role requires.
func exportSegment(client *ent.Client, logger *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := audit.WithReads(audit.WithOperation(r.Context(), "exportSegment"))
		if viewer.FromContext(ctx) == nil {
			writeError(w, http.StatusUnauthorized, apperr.New(apperr.Unauthenticated, "log in first"))
			return
		}
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil {
			writeError(w, http.StatusNotFound, apperr.New(apperr.NotFound, "not found"))
			return
		}
		format := clientsegment.Format(r.URL.Query().Get("format"))
		contentType := map[clientsegment.Format]string{
			clientsegment.CSV:  "text/csv; charset=utf-8",
			clientsegment.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
		}[format]
		if contentType == "" {
			writeError(w, http.StatusBadRequest, apperr.New(apperr.BadUserInput, "format: csv or xlsx"))
			return
		}
		now := time.Now()
		cat, err := clientsegment.Load(ctx, client, now)
		if err != nil {
			writeError(w, http.StatusInternalServerError, err)
			return
		}
		if _, err := client.SavedSegment.Get(ctx, id); err != nil {
			status, code := http.StatusInternalServerError, apperr.Internal
			switch {
			case ent.IsNotFound(err):
				status, code = http.StatusNotFound, apperr.NotFound
			case errors.Is(err, privacy.Deny):
				status, code = http.StatusForbidden, apperr.Forbidden
			}
			writeError(w, status, apperr.New(code, "segment %d: %s", id, http.StatusText(status)))
			return
		}
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="segment-%d-%s.%s"`, id, now.Format("20060102"), format))
		n, err := clientsegment.Export(ctx, client, cat, id, format, w, now)
		// Reads of unmasked phones are audited even when the export broke off.
		if ferr := audit.FlushReads(ctx, client); ferr != nil {
			logger.ErrorContext(ctx, "audit segment export", "err", ferr)
		}
		if err != nil {
			// The file has begun: the client sees a broken download.
			logger.ErrorContext(ctx, "segment export failed", "segment", id, "written", n, "err", err)
		}
	}
}
