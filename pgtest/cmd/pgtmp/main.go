// Command pgtmp runs a throwaway PostgreSQL server for benchmarks and manual
// testing. It starts a cluster (see package pgtest), creates the database
// "crm", prints the CRM_DATABASE_URL to export, and keeps the server running
// until it receives SIGINT, SIGTERM or SIGHUP, then stops it and removes its
// files.
//
// Usage:
//
//	go run ./pgtest/cmd/pgtmp [-durable] [-keep] [-setting key=value]...
//
// Example (benchmark with a bigger buffer cache):
//
//	go run ./pgtest/cmd/pgtmp -setting shared_buffers=1GB -setting max_connections=200
//	# in another terminal: paste the printed export line, then run the benchmarks
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/brokercrm/crm/pgtest"
)

// settingsFlag collects repeatable -setting key=value flags.
type settingsFlag map[string]string

func (s settingsFlag) String() string {
	var parts []string
	for k, v := range s {
		parts = append(parts, k+"="+v)
	}
	return strings.Join(parts, ",")
}

func (s settingsFlag) Set(kv string) error {
	k, v, ok := strings.Cut(kv, "=")
	k = strings.TrimSpace(k)
	if !ok || k == "" {
		return fmt.Errorf("want key=value, got %q", kv)
	}
	s[k] = v
	return nil
}

const database = "crm"

func main() {
	settings := settingsFlag{}
	flag.Var(settings, "setting", "extra server setting `key=value` (repeatable), e.g. -setting shared_buffers=1GB")
	durable := flag.Bool("durable", false, "keep fsync, synchronous_commit and full_page_writes on")
	keep := flag.Bool("keep", false, "keep the cluster directory (data, server log) after stopping")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: pgtmp [-durable] [-keep] [-setting key=value]...\n\n"+
			"Starts a throwaway PostgreSQL with database %q and prints CRM_DATABASE_URL;\n"+
			"stops it and deletes its files on SIGINT/SIGTERM.\n\n", database)
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}

	// Catch signals before starting so an early Ctrl-C still stops the server.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)

	c, err := pgtest.StartWithOptions(pgtest.Options{
		Settings: settings,
		Durable:  *durable,
		KeepData: *keep,
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "pgtmp: %v\n", err)
		os.Exit(1)
	}
	if err := c.CreateDatabase(database, ""); err != nil {
		fmt.Fprintf(os.Stderr, "pgtmp: %v\n", err)
		stop(c)
		os.Exit(1)
	}

	fmt.Printf("export CRM_DATABASE_URL='%s'\n", c.URL(database))
	fmt.Printf("# PostgreSQL is running in %s (log: %s)\n", c.Dir, c.LogFile)
	fmt.Printf("# lib/pq DSN: %s\n", c.DSN(database))
	fmt.Printf("# psql: psql '%s'\n", c.DSN(database))
	fmt.Printf("# stop: press Ctrl-C here, or kill -TERM %d\n", os.Getpid())
	if *keep {
		fmt.Printf("# -keep: %s is left on disk after stopping; remove it yourself\n", c.Dir)
	}

	<-sigs
	fmt.Fprintln(os.Stderr, "pgtmp: stopping PostgreSQL...")
	signal.Stop(sigs)
	if !stop(c) {
		os.Exit(1)
	}
}

func stop(c *pgtest.Cluster) bool {
	if err := c.Stop(); err != nil {
		fmt.Fprintf(os.Stderr, "pgtmp: %v\n", err)
		return false
	}
	fmt.Fprintln(os.Stderr, "pgtmp: stopped")
	return true
}
