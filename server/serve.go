package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/brokercrm/crm/clientmetrics/refresh"
	"github.com/brokercrm/crm/ingest"
	"github.com/brokercrm/crm/tune"

	"github.com/spf13/cobra"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/graph"
	"github.com/brokercrm/crm/httpapi"
	"github.com/brokercrm/crm/metrics"
	"github.com/brokercrm/crm/ordering"
	"github.com/brokercrm/crm/payment"
	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/webhook"
)

func newServeCommand(cfg *Config) *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "Serve the GraphQL API and the SPA",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return serve(cmd.Context(), cfg)
		},
	}
}

func serve(ctx context.Context, cfg *Config) error {
	tune.GC()
	logger := newLogger(cfg)
	secret, err := cfg.secret()
	if err != nil {
		return err
	}
	m := metrics.New()
	db, err := openDB(ctx, cfg, m)
	if err != nil {
		return err
	}
	defer db.Close()
	if cfg.AutoMigrate {
		n, err := db.Migrate(ctx)
		if err != nil {
			return err
		}
		logger.Info("migrations applied", "count", n)
	} else if pending, err := db.PendingMigrations(ctx); err != nil {
		return err
	} else if pending {
		return fmt.Errorf("the database needs migrating: run crm migrate")
	}
	if err := configure(ctx, db); err != nil {
		return err
	}
	schedule, err := cfg.metricsSchedule()
	if err != nil {
		return err
	}
	go schedule.Run(ctx, db, logger)
	authService := auth.NewService(db.Client, secret, cfg.TokenTTL)
	// Partner events are queued in the transaction of the change that
	// causes them, and delivered in the background.
	db.Client.Use(webhook.Hooks(authService.ViewerOfKey)...)
	// Every change to a client's data marks the client for the next
	// refresh of the metrics of changed clients.
	db.Client.Use(refresh.MarkChanges())
	go func() {
		d := &webhook.Dispatcher{Client: db.Client, Logger: logger}
		if cfg.WebhookPrivate {
			d.HTTP = &http.Client{Timeout: 10 * time.Second}
		}
		if err := d.Run(ctx); err != nil {
			logger.Error("webhook dispatcher stopped", "err", err)
		}
	}()
	// Uploaded imports run in the background; those a stopped server left
	// unfinished resume now.
	imports, err := ingest.NewRunner(ctx, db, cfg.ImportDir, logger)
	if err != nil {
		return err
	}
	defer imports.Wait()
	if err := imports.Resume(); err != nil {
		return fmt.Errorf("resume imports: %w", err)
	}
	handler := httpapi.New(httpapi.Config{
		CORSOrigins:    cfg.CORSOrigins,
		StaticDir:      cfg.StaticDir,
		GraphiQL:       cfg.GraphiQL,
		RequestTimeout: cfg.RequestTimeout,
		MaxBodyBytes:   cfg.MaxBodyBytes,
		MaxUploadBytes: cfg.MaxUploadBytes,
		Limits:         graph.Limits{MaxDepth: cfg.MaxDepth, MaxComplexity: cfg.MaxComplexity},
	}, httpapi.Deps{
		Client:  db.Client,
		SQL:     db.SQL,
		Auth:    authService,
		Metrics: m,
		Logger:  logger,
		// The only gateway shipped is the simulated one: it moves no
		// money. A deployment plugs in the firm's (payment.Gateway).
		Orders:  ordering.New(suitability.DefaultRules(), payment.NewSimulated(), secret),
		Imports: imports,
	})
	srv := &http.Server{
		Addr:              cfg.Addr,
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       cfg.RequestTimeout,
		WriteTimeout:      cfg.RequestTimeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	logger.Info("serving", "url", "http://"+displayAddr(ln.Addr()), "graphql", "/graphql", "database", db.Dialect)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// displayAddr turns ":8080" into "localhost:8080" for the printed URL.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil || host == "" || host == "::" || host == "0.0.0.0" {
		return "localhost:" + port
	}
	return net.JoinHostPort(host, port)
}
