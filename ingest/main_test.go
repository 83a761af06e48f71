package ingest_test

import (
	"testing"

	"github.com/brokercrm/crm/crmtest"
)

func TestMain(m *testing.M) { crmtest.Main(m) }
