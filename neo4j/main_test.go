package neo4j

import (
	"os"
	"testing"

	"diplograph/neo4j/neo4jtest"
)

// TestMain gives the package's tests a real Neo4j (see package neo4jtest):
// tests call neo4jtest.Require(t), then Reset for an empty graph.
func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }
