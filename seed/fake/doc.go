// Package fake generates deterministic, realistic demo data for a Chinese
// brokerage CRM: people, phone numbers, addresses, companies, listed
// shares, financial products and advisor notes.
//
// Every generator takes a *rand.Rand from math/rand/v2 and draws from
// nothing else, so one seed always gives the same data, on any machine.
// Nothing iterates over a map while generating.
//
// The seeder calls the per-client generators tens of millions of times, so
// the tables live in package variables built once (the *_data.go files),
// the hottest functions draw all their randomness from a single Uint64,
// and strings are built with one allocation and without fmt.
//
// Names of real cities, districts, streets, fund companies and other
// financial institutions are used for realism; every person, phone number,
// company and product drawn from them is made up.
package fake
