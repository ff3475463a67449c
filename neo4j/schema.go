package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"diplograph"
)

// Labels of the graph model.
const (
	LabelEntity     = "Entity"
	LabelMission    = "Mission"
	LabelCommunique = "Communique"
	LabelClaim      = "Claim"
)

// Relationship types of provenance (the fact types are those of
// diplograph.RelationTypes).
const (
	RelMentions   = "MENTIONS"
	RelAssertedIn = "ASSERTED_IN"
	RelSubject    = "SUBJECT"
	RelObject     = "OBJECT"
)

// FullTextIndex is the name of the full-text index over entity names.
const FullTextIndex = "entity_search"

// uniqueLabels are the labels whose id is unique (constraint per label).
func uniqueLabels() []string {
	labels := []string{LabelEntity}
	for _, t := range diplograph.EntityTypes {
		labels = append(labels, t.Type)
	}
	return append(labels, LabelCommunique, LabelClaim)
}

// relTypes returns the fact relationship types in a fixed order.
func relTypes() []string {
	return []string{
		diplograph.RelHoldsOffice, diplograph.RelParticipatedIn, diplograph.RelSupports,
		diplograph.RelConcerns, diplograph.RelMemberOf, diplograph.RelHasMission,
		diplograph.RelLocatedIn, diplograph.RelHeads, diplograph.RelHeadquarteredIn,
		diplograph.RelPartOf,
	}
}

// SchemaStatements returns the statements EnsureSchema runs, in order.
func SchemaStatements() []string {
	var st []string
	for _, l := range uniqueLabels() {
		st = append(st, fmt.Sprintf("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE", strings.ToLower(l), l))
	}
	for _, t := range relTypes() {
		st = append(st, fmt.Sprintf("CREATE CONSTRAINT %s_key IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.key IS UNIQUE", strings.ToLower(t), t))
	}
	var fl []string
	for _, t := range diplograph.EntityTypes {
		fl = append(fl, t.Type)
	}
	st = append(st, fmt.Sprintf("CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [n.name, n.searchText] "+
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}", FullTextIndex, strings.Join(fl, "|")))
	for _, ix := range []struct{ label, prop string }{
		{"Event", "date"}, {"Event", "kind"}, {"Event", "status"},
		{"Position", "topic"}, {"State", "iso2"}, {"Organisation", "acronym"},
		{"Communique", "date"}, {"Communique", "lang"},
		{"Claim", "date"}, {"Claim", "key"},
	} {
		st = append(st, fmt.Sprintf("CREATE INDEX %s_%s IF NOT EXISTS FOR (n:%s) ON (n.%s)",
			strings.ToLower(ix.label), strings.ToLower(ix.prop), ix.label, ix.prop))
	}
	return st
}

// EnsureSchema creates the constraints and indexes of the graph model when
// they are missing and waits for the indexes to be online. It is idempotent
// and safe to run from several processes at once.
func (s *Store) EnsureSchema(ctx context.Context) error {
	const op = "neo4j.schema"
	for _, q := range SchemaStatements() {
		var err error
		for attempt := 0; attempt < 5; attempt++ {
			_, err = driver.ExecuteQuery(ctx, s.drv, q, nil, driver.EagerResultTransformer,
				driver.ExecuteQueryWithDatabase(s.db))
			if err == nil || schemaExists(err) {
				err = nil
				break
			}
			if !driver.IsRetryable(err) {
				break
			}
			time.Sleep(time.Duration(attempt+1) * 200 * time.Millisecond)
		}
		if err != nil {
			return diplograph.E(op, classify(err), fmt.Errorf("%s: %w", firstWords(q, 6), err))
		}
	}
	_, err := driver.ExecuteQuery(ctx, s.drv, "CALL db.awaitIndexes(300)", nil, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return diplograph.E(op, classify(err), fmt.Errorf("waiting for indexes: %w", err))
	}
	return nil
}

// schemaExists reports an error saying that an equivalent constraint or
// index exists (a concurrent EnsureSchema created it first).
func schemaExists(err error) bool {
	var nerr *driver.Neo4jError
	if !errors.As(err, &nerr) {
		return false
	}
	return strings.Contains(nerr.Code, "EquivalentSchemaRuleAlreadyExists") ||
		strings.Contains(nerr.Code, "ConstraintAlreadyExists") ||
		strings.Contains(nerr.Code, "IndexAlreadyExists")
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}
