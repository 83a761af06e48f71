package money

import "github.com/vmihailenco/msgpack/v5"

// EncodeMsgpack writes the decimal as its integer units. Cursors of
// connections ordered by an amount carry the amount in msgpack (entgql);
// as text (MarshalText) it would come back a string, which the database
// cannot compare with the BIGINT column, and the next page would repeat
// the first.
func (d Decimal) EncodeMsgpack(enc *msgpack.Encoder) error { return enc.EncodeInt(int64(d)) }

// DecodeMsgpack reads what EncodeMsgpack wrote.
func (d *Decimal) DecodeMsgpack(dec *msgpack.Decoder) error {
	n, err := dec.DecodeInt64()
	*d = Decimal(n)
	return err
}
