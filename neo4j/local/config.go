package local

import (
	"context"
	"fmt"
	"os"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Conn holds the settings to reach Neo4j.
type Conn struct {
	// URI is the server's URI (bolt://, neo4j://, neo4j+s://…).
	URI string
	// Username and Password are empty for the local instance (auth off).
	Username, Password string
	// Database is the database to name in every query (default "neo4j").
	Database string
	// External is true when the settings come from NEO4J_URI.
	External bool
}

// Config returns the project's Neo4j settings from NEO4J_URI,
// NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE (default database
// "neo4j"). When NEO4J_URI is unset it returns the local instance,
// bolt://127.0.0.1:PORT (PORT from DIPLOGRAPH_NEO4J_PORT, default 7687),
// without credentials and with external false.
func Config() (uri, user, password, database string, external bool) {
	c := ConnFromEnv()
	return c.URI, c.Username, c.Password, c.Database, c.External
}

// ConnFromEnv is Config as a Conn.
func ConnFromEnv() Conn {
	db := os.Getenv("NEO4J_DATABASE")
	if db == "" {
		db = DefaultDatabase
	}
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		return Conn{URI: uri, Username: os.Getenv("NEO4J_USERNAME"), Password: os.Getenv("NEO4J_PASSWORD"), Database: db, External: true}
	}
	return Conn{URI: fmt.Sprintf("bolt://127.0.0.1:%d", PortFromEnv()), Database: db}
}

// NewDriver opens a driver for c (basic auth when Username is set, no auth
// otherwise). The caller closes it.
func (c Conn) NewDriver() (driver.DriverWithContext, error) {
	return NewDriver(c.URI, c.Username, c.Password)
}

// EnsureRunning returns the project's connection settings (see Config) and,
// when NEO4J_URI is unset, makes sure the local instance runs with default
// options, starting it if needed. startedByUs tells whether this call
// started it (the caller may then Stop it with the same options). With
// NEO4J_URI set, nothing is started and the server is not contacted.
func EnsureRunning(ctx context.Context) (conn Conn, startedByUs bool, err error) {
	return EnsureRunningWith(ctx, Options{})
}

// EnsureRunningWith is EnsureRunning with explicit options for the local
// instance (its Port overrides DIPLOGRAPH_NEO4J_PORT).
func EnsureRunningWith(ctx context.Context, opts Options) (conn Conn, startedByUs bool, err error) {
	conn = ConnFromEnv()
	if conn.External {
		return conn, false, nil
	}
	st, err := Start(ctx, opts)
	if err != nil {
		return conn, false, err
	}
	conn.URI = st.URI
	return conn, st.Started, nil
}
