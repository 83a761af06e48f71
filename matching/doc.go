// Package matching matches products and clients both ways (PRODUCT.md §4):
// for a product, the clients who fit its target attributes and to whom it
// is suitable; for a client, the suitable products that fit their needs.
// Only a full match counts: the firm may not recommend a product above an
// ordinary investor's tolerance or outside their objectives (Art. 22), so
// CONFIRMATION_REQUIRED is as good as no.
package matching
