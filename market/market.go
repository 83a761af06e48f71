// Package market names the trading venues and currencies shared by
// accounts, instruments and products.
package market

// Market is where an account trades or an instrument is listed.
type Market string

// The venues the CRM knows.
const (
	SH    Market = "SH"    // Shanghai Stock Exchange
	SZ    Market = "SZ"    // Shenzhen Stock Exchange
	BJ    Market = "BJ"    // Beijing Stock Exchange
	HK    Market = "HK"    // Hong Kong, through Stock Connect
	TA    Market = "TA"    // fund transfer agents (off-exchange funds)
	OTC   Market = "OTC"   // the firm's own over-the-counter products
	CFFEX Market = "CFFEX" // China Financial Futures Exchange
)

// Values lists the markets for the ent enum.
func (Market) Values() []string {
	return []string{string(SH), string(SZ), string(BJ), string(HK), string(TA), string(OTC), string(CFFEX)}
}

// Currency is an ISO 4217 code.
type Currency string

// The currencies accounts are held in.
const (
	CNY Currency = "CNY"
	HKD Currency = "HKD"
	USD Currency = "USD"
)

// Values lists the currencies for the ent enum.
func (Currency) Values() []string { return []string{string(CNY), string(HKD), string(USD)} }
