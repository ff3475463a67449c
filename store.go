package diplograph

import (
	"context"
	"time"
)

// Communique is a document ready to be written to the store: its facts plus
// what identifies the input they came from.
type Communique struct {
	*Document
	Hash string // hex SHA-256 of the original input bytes (or of the facts line)
	Text string // the original text when the facts were extracted from text, else ""
}

// WriteStatus says what writing a communiqué did.
type WriteStatus int

// Outcomes of a write.
const (
	Loaded    WriteStatus = iota // first time this communiqué id was written
	Unchanged                    // same id and content hash as stored: nothing written
	Replaced                     // same id, new content: its earlier facts were replaced
)

func (s WriteStatus) String() string {
	return [...]string{"loaded", "unchanged", "replaced"}[s]
}

// WriteResult reports the outcome of writing one communiqué.
type WriteResult struct {
	Status               WriteStatus
	NodesCreated         int
	NodesDeleted         int
	RelationshipsCreated int
	RelationshipsDeleted int
	Duration             time.Duration
}

// Writer writes communiqués into the knowledge graph. Writing is idempotent and
// all-or-nothing per communiqué.
type Writer interface {
	Write(ctx context.Context, c *Communique) (WriteResult, error)
}
