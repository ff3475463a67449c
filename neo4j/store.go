// Package neo4j is diplograph's store: the knowledge graph in Neo4j. It sets
// up the schema (EnsureSchema), writes communiqués and their facts with
// provenance (Write, WriteMany: batched UNWIND … MERGE statements, one managed
// write transaction per communiqué) and answers the reader's queries (the
// reader lives in other files of this package, on the same *Store).
//
// The graph model is the one of the project brief: fact nodes carry the label
// Entity plus their type (State, Person, Organisation, Mission:Embassy,
// Mission:Consulate, Position, Event, City) and a unique id; each fact
// relationship exists once, keyed by "TYPE|from|to[|role]", with the
// communiqués asserting it in `sources`; provenance is reified as Claim nodes
// (ASSERTED_IN a Communique, SUBJECT and OBJECT the two entities).
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"diplograph"
)

// DefaultBatchSize is the default number of rows per UNWIND statement.
const DefaultBatchSize = 500

// Config says how to reach Neo4j and how to write to it.
type Config struct {
	URI      string // bolt://, neo4j://, neo4j+s://… (never forced to bolt)
	Username string // empty: no authentication
	Password string
	Database string // database named in every query; default "neo4j"
	// BatchSize is the number of rows per UNWIND statement (default
	// DefaultBatchSize). WriteMany also groups small communiqués into one
	// transaction up to about this many rows.
	BatchSize int
}

// Store is the knowledge graph in Neo4j. It is safe for concurrent use.
type Store struct {
	drv       driver.DriverWithContext
	db        string
	batchSize int
	ownDriver bool

	// hook, when set (tests only), is called between the stages of a
	// write transaction with the ids of the communiqués being written; an
	// error aborts the transaction.
	hook func(stage string, ids []string) error
}

// Open connects to Neo4j as cfg says and verifies the connection. An
// unreachable server gives an error of kind Unavailable.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	const op = "neo4j.open"
	if cfg.URI == "" {
		return nil, diplograph.Errorf(op, diplograph.Invalid, "no Neo4j URI")
	}
	auth := driver.NoAuth()
	if cfg.Username != "" {
		auth = driver.BasicAuth(cfg.Username, cfg.Password, "")
	}
	drv, err := driver.NewDriverWithContext(cfg.URI, auth)
	if err != nil {
		return nil, diplograph.E(op, diplograph.Invalid, err)
	}
	if err := drv.VerifyConnectivity(ctx); err != nil {
		_ = drv.Close(context.Background())
		return nil, diplograph.E(op, classify(err), fmt.Errorf("%s: %w", cfg.URI, err))
	}
	s := NewStore(drv, cfg)
	s.ownDriver = true
	return s, nil
}

// NewStore wraps an open driver (for tests and callers that manage their own
// driver). Close does not close drv.
func NewStore(drv driver.DriverWithContext, cfg Config) *Store {
	db := cfg.Database
	if db == "" {
		db = "neo4j"
	}
	bs := cfg.BatchSize
	if bs <= 0 {
		bs = DefaultBatchSize
	}
	return &Store{drv: drv, db: db, batchSize: bs}
}

// Driver returns the driver the store uses.
func (s *Store) Driver() driver.DriverWithContext { return s.drv }

// Database returns the name of the database the store uses.
func (s *Store) Database() string { return s.db }

// BatchSize returns the number of rows per UNWIND statement.
func (s *Store) BatchSize() int { return s.batchSize }

// Close closes the driver opened by Open.
func (s *Store) Close(ctx context.Context) error {
	if s.ownDriver {
		return s.drv.Close(ctx)
	}
	return nil
}

// classify maps a driver error to a diplograph.Kind.
func classify(err error) diplograph.Kind {
	switch {
	case err == nil:
		return diplograph.Other
	case errors.Is(err, context.DeadlineExceeded):
		return diplograph.Timeout
	case errors.Is(err, context.Canceled):
		return diplograph.Other
	}
	var cerr *driver.ConnectivityError
	if errors.As(err, &cerr) {
		return diplograph.Unavailable
	}
	var nerr *driver.Neo4jError
	if errors.As(err, &nerr) {
		switch {
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Schema.ConstraintValidationFailed"),
			strings.HasPrefix(nerr.Code, "Neo.ClientError.Statement.TypeError"),
			strings.HasPrefix(nerr.Code, "Neo.ClientError.Statement.ArgumentError"):
			return diplograph.Invalid
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Transaction.TransactionTimedOut"):
			return diplograph.Timeout
		case strings.HasPrefix(nerr.Code, "Neo.TransientError"):
			return diplograph.Unavailable
		}
		return diplograph.Internal
	}
	var uerr *driver.UsageError
	if errors.As(err, &uerr) {
		return diplograph.Internal
	}
	if driver.IsRetryable(err) {
		return diplograph.Unavailable
	}
	return diplograph.Internal
}
