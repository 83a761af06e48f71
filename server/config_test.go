package main

import (
	"testing"
	"time"

	"github.com/spf13/pflag"
)

func load(t *testing.T, args ...string) *Config {
	t.Helper()
	cfg := &Config{}
	fs := pflag.NewFlagSet("crm", pflag.ContinueOnError)
	cfg.bindFlags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestConfigDefaults(t *testing.T) {
	for _, name := range []string{"CRM_DATABASE_URL", "CRM_ADDR", "CRM_ENV", "CRM_SECRET", "CRM_CORS_ORIGINS", "CRM_TOKEN_TTL"} {
		t.Setenv(name, "")
	}
	cfg := load(t)
	if got, want := cfg.DatabaseURL, "sqlite:./data/crm.db"; got != want {
		t.Errorf("DatabaseURL = %q, want %q", got, want)
	}
	if got, want := cfg.Addr, ":8080"; got != want {
		t.Errorf("Addr = %q, want %q", got, want)
	}
	if !cfg.GraphiQL || !cfg.AutoMigrate || cfg.Production {
		t.Errorf("GraphiQL %v AutoMigrate %v Production %v, want true true false", cfg.GraphiQL, cfg.AutoMigrate, cfg.Production)
	}
	if s, err := cfg.secret(); err != nil || string(s) != devSecret {
		t.Errorf("secret = %q, %v; want the development secret", s, err)
	}
}

func TestConfigFromEnvironmentAndFlags(t *testing.T) {
	t.Setenv("CRM_ENV", "production")
	t.Setenv("CRM_ADDR", ":9000")
	t.Setenv("CRM_CORS_ORIGINS", "https://a.example, https://b.example")
	t.Setenv("CRM_TOKEN_TTL", "90m")
	t.Setenv("CRM_SECRET", "")
	cfg := load(t, "--addr", "127.0.0.1:9100")
	if got, want := cfg.Addr, "127.0.0.1:9100"; got != want {
		t.Errorf("Addr = %q, want the flag %q", got, want)
	}
	if got := cfg.CORSOrigins; len(got) != 2 || got[1] != "https://b.example" {
		t.Errorf("CORSOrigins = %q", got)
	}
	if got, want := cfg.TokenTTL, 90*time.Minute; got != want {
		t.Errorf("TokenTTL = %s, want %s", got, want)
	}
	if cfg.GraphiQL {
		t.Error("GraphiQL is on in production by default")
	}
	if _, err := cfg.secret(); err == nil {
		t.Error("production started without CRM_SECRET")
	}
}

func TestProductionTurnsOffGraphiQL(t *testing.T) {
	t.Setenv("CRM_ENV", "production")
	t.Setenv("CRM_GRAPHIQL", "")
	cfg := load(t)
	if !cfg.Production || cfg.GraphiQL {
		t.Errorf("production %v, GraphiQL %v; want GraphiQL and introspection off", cfg.Production, cfg.GraphiQL)
	}
	if _, err := cfg.secret(); err == nil {
		t.Error("production started without CRM_SECRET")
	}
	if cfg := load(t, "--graphiql"); !cfg.GraphiQL {
		t.Error("--graphiql did not turn it back on")
	}
}
