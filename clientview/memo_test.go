package clientview

import "github.com/brokercrm/crm/viewer"

// testViewers are viewers whose access conditions differ in shape.
func testViewers() map[string]*viewer.Viewer {
	return map[string]*viewer.Viewer{
		"head office":      {UserID: 1, Role: viewer.HeadOffice},
		"branch manager":   {UserID: 2, Role: viewer.BranchManager, BranchID: 7},
		"advisor":          {UserID: 3, Role: viewer.Advisor, BranchID: 7},
		"advisor, shares":  {UserID: 4, Role: viewer.Advisor, BranchID: 7, SharedClientIDs: []int{11, 12}},
		"advisor, 3 share": {UserID: 5, Role: viewer.Advisor, BranchID: 8, SharedClientIDs: []int{13, 14, 15}},
		"client":           {UserID: 6, Role: viewer.Client, ClientID: 21},
		"key without orders": {UserID: 1, Role: viewer.HeadOffice, APIKeyID: 9,
			Scopes: []viewer.Scope{viewer.ClientsRead}},
		"key of a branch": {UserID: 2, Role: viewer.BranchManager, BranchID: 7, APIKeyID: 10, KeyBranchID: 7,
			Scopes: []viewer.Scope{viewer.ClientsRead, viewer.OrdersRead}},
	}
}
