// Package institution holds the indicators the CRM keeps of institutional
// clients (企业版, PRODUCT.md §2): their finances, ratings, the credit the
// firm extends them and the business they do with it. The core systems
// and the business lines supply the values, imported as dimension values
// (`crm import dimension_values`); the CRM ships the definitions, so that
// every institution is described by the same indicators, next to the two
// hundred dimensions it computes for every client.
package institution
