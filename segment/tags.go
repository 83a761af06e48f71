package segment

import "entgo.io/ent/dialect/sql"

// TagRef is the tag a HAS_TAG or NOT_HAS_TAG condition names: by ID when
// the rule holds a number, by Name when it holds a string. Exactly one is
// set (ID > 0 or Name != "").
type TagRef struct {
	ID   int64
	Name string
}

// TagLink reaches tags the way ent stores a many-to-many edge: a join
// table of (owner, tag) pairs and a table of tags with unique names, e.g.
//
//	TagLink{Table: "customer_tags", OwnerColumn: "customer_id", TagColumn: "tag_id",
//		OwnerKey: "id", Tags: "tags", TagKey: "id", TagName: "name"}
//
// All names are SQL identifiers chosen by programmers.
type TagLink struct {
	Table       string // the join table, e.g. "customer_tags"
	OwnerColumn string // its column holding the owner's key, e.g. "customer_id"
	TagColumn   string // its column holding the tag's key, e.g. "tag_id"
	OwnerKey    string // the owner's column it refers to, in the selector's table, e.g. "id"
	Tags        string // the tag table, e.g. "tags"
	TagKey      string // the tag table's key, e.g. "id"
	TagName     string // the tag table's unique name column, e.g. "name"
}

// The aliases of the tables inside the EXISTS subquery. They are set, not
// left to ent (which would pick "t1"), so that they cannot shadow an
// alias of the outer query that the subquery refers to.
const (
	linkAlias = "segment_tag_link"
	tagAlias  = "segment_tag"
)

// HasTag returns EXISTS (a link from the row of s to tag). A tag given by
// ID is looked up in the join table alone; by name, through the tag table.
// It has the signature of Source.HasTag.
func (l TagLink) HasTag(s *sql.Selector, tag TagRef) *sql.Predicate {
	d := sql.Dialect(s.Dialect())
	link := d.Table(l.Table).As(linkAlias)
	sub := d.Select(link.C(l.OwnerColumn)).From(link)
	var match *sql.Predicate
	if tag.Name != "" {
		tags := d.Table(l.Tags).As(tagAlias)
		sub.Join(tags).On(tags.C(l.TagKey), link.C(l.TagColumn))
		match = sql.EQ(tags.C(l.TagName), tag.Name)
	} else {
		match = sql.EQ(link.C(l.TagColumn), tag.ID)
	}
	sub.Where(sql.And(sql.ColumnsEQ(link.C(l.OwnerColumn), s.C(l.OwnerKey)), match))
	return sql.Exists(sub)
}
