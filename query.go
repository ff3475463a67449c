package diplograph

import "context"

// The read side of the knowledge graph: the records a store returns and the
// queries the GraphQL layer asks of it. The neo4j package implements Reader.

// NodeRecord is a node read from the store: an entity or a communiqué.
type NodeRecord struct {
	ID    string         // FORMAT id, or communiqué id
	Label string         // primary label: State, Person, Organisation, Embassy, Consulate, Position, Event, City, Communique
	Props map[string]any // all stored properties but the internal ones (searchText, text unless asked)
}

// Str returns the string property k, "" when absent or not a string.
func (n NodeRecord) Str(k string) string {
	s, _ := n.Props[k].(string)
	return s
}

// FactRecord is a fact (a relationship of one of the FORMAT relation types)
// with its two ends.
type FactRecord struct {
	Key        string // identity key TYPE|from|to[|role]
	Type       string // relation type
	From, To   NodeRecord
	Props      map[string]any // relationship properties (role, stance, status, date…)
	FirstSeen  string
	LastSeen   string
	Confidence *float64
	Sources    []string // communiqué ids, sorted
	// Claims, when the query asked for them (FactQuery.Claims), oldest first.
	Claims []ClaimRecord
}

// ClaimRecord is one communiqué's assertion of a fact (its evidence).
type ClaimRecord struct {
	ID         string
	Key        string // the fact's key
	Quote      *string
	Quotes     []string
	Start, End *int
	Confidence *float64
	Date       string
	Communique NodeRecord
}

// TimeFilter restricts facts in time and by the language of their sources.
// Dates are YYYY[-MM[-DD]]; empty strings mean "no constraint".
type TimeFilter struct {
	AsOf string // facts asserted by a claim dated no later than the end of AsOf
	From string // facts asserted by a claim whose date interval overlaps [From, To]
	To   string
	Lang string // facts asserted by a communiqué in this language
}

// IsZero reports whether the filter constrains nothing.
func (f TimeFilter) IsZero() bool { return f == TimeFilter{} }

// Page asks for one page of a keyset-paginated list.
type Page struct {
	First     int   // page size (already validated)
	After     []any // decoded keyset cursor: the sort key of the last item seen; nil for the first page
	WithTotal bool  // compute the total count of matching items
}

// FactPattern names a way of reaching facts from a parent node. The store maps
// each pattern to a fixed Cypher pattern (no user input reaches Cypher text).
type FactPattern string

// Fact patterns. "Out" patterns start at the parent, "In" patterns end at it;
// Root patterns have no parent.
const (
	OfficesOfPerson   FactPattern = "offices-of-person"   // (parent:Person)-[:HOLDS_OFFICE]->()
	OfficialsOf       FactPattern = "officials-of"        // ()-[:HOLDS_OFFICE]->(parent)
	EventsOf          FactPattern = "events-of"           // (parent)-[:PARTICIPATED_IN]->()
	ParticipantsOf    FactPattern = "participants-of"     // ()-[:PARTICIPATED_IN]->(parent:Event)
	SupportsBy        FactPattern = "supports-by"         // (parent)-[:SUPPORTS]->()
	SupportersOf      FactPattern = "supporters-of"       // ()-[:SUPPORTS]->(parent:Position)
	SupportReceivedBy FactPattern = "support-received-by" // ()-[:SUPPORTS]->(:Position)-[:CONCERNS]->(parent)
	ConcernsOf        FactPattern = "concerns-of"         // (parent:Position)-[:CONCERNS]->()
	MembershipsOf     FactPattern = "memberships-of"      // (parent:State)-[:MEMBER_OF]->()
	MembersOf         FactPattern = "members-of"          // ()-[:MEMBER_OF]->(parent:Organisation)
	MissionsSentBy    FactPattern = "missions-sent-by"    // (parent:State)-[:HAS_MISSION]->()
	MissionsHostedBy  FactPattern = "missions-hosted-by"  // ()-[:HAS_MISSION]->(:Mission)-[:LOCATED_IN]->(parent)
	SenderOf          FactPattern = "sender-of"           // ()-[:HAS_MISSION]->(parent:Mission)
	LocationOf        FactPattern = "location-of"         // (parent)-[:LOCATED_IN]->()
	HeadsBy           FactPattern = "heads-by"            // (parent:Person)-[:HEADS]->()
	HeadsOf           FactPattern = "heads-of"            // ()-[:HEADS]->(parent)
	HeadquartersOf    FactPattern = "headquarters-of"     // (parent:Organisation)-[:HEADQUARTERED_IN]->()
	ParentsOf         FactPattern = "parents-of"          // (parent:Organisation)-[:PART_OF]->()
	ChildrenOf        FactPattern = "children-of"         // ()-[:PART_OF]->(parent:Organisation)
	AllOffices        FactPattern = "all-offices"         // root: every HOLDS_OFFICE fact
	AllMemberships    FactPattern = "all-memberships"     // root: every MEMBER_OF fact
	AllMissions       FactPattern = "all-missions"        // root: every HAS_MISSION fact
	AllSupports       FactPattern = "all-supports"        // root: every SUPPORTS fact
	AllParticipations FactPattern = "all-participations"  // root: every PARTICIPATED_IN fact
)

// FactFilter holds the optional filters of a fact query. Values use the
// FORMAT vocabularies (lower case); empty strings mean "any".
type FactFilter struct {
	Role    string // HOLDS_OFFICE role
	Stance  string // SUPPORTS stance
	Status  string // MEMBER_OF status; mission status (HAS_MISSION); event status (PARTICIPATED_IN)
	Topic   string // topic of the position (SUPPORTS)
	Kind    string // event kind (PARTICIPATED_IN); mission label Embassy|Consulate (HAS_MISSION)
	FromID  string // id of the fact's start node
	ToID    string // id of the fact's end node
	Subject string // id of the entity the position concerns (SUPPORTS)
	Host    string // id of the state a mission is located in (HAS_MISSION)
	With    string // id of another participant of the event (PARTICIPATED_IN)
	TimeFilter
}

// FactQuery asks for the facts reachable through Pattern from each parent.
type FactQuery struct {
	Pattern FactPattern
	Parents []string // parent ids; nil for root patterns
	Filter  FactFilter
	Page    Page
	// Claims, when not nil, asks for the claims of each fact passing this
	// filter in the same query (FactRecord.Claims), so that a page of facts
	// and their evidence cost one query.
	Claims *TimeFilter
}

// FactPage is one page of facts.
type FactPage struct {
	Facts   []FactRecord
	HasNext bool
	Total   int // -1 when not asked for
}

// NodePattern names a way of listing nodes, optionally from a parent.
type NodePattern string

// Node patterns.
const (
	AllEntities    NodePattern = "entities"        // root: entities of Types
	AllCommuniques NodePattern = "communiques"     // root: communiqués (Lang, From, To)
	AllEvents      NodePattern = "events"          // root: events (Kind, Status, With=participant, From, To on the event date)
	MentionedIn    NodePattern = "mentioned-in"    // communiqués mentioning the parent entity
	EntitiesOfDoc  NodePattern = "entities-of-doc" // entities the parent communiqué mentions
)

// NodeQuery asks for a page of nodes, sorted by id.
type NodeQuery struct {
	Pattern NodePattern
	Parents []string // for MentionedIn and EntitiesOfDoc
	Types   []string // entity labels (whitelisted by the store)
	Filter  FactFilter
	Page    Page
}

// NodePage is one page of nodes.
type NodePage struct {
	Nodes   []NodeRecord
	HasNext bool
	Total   int // -1 when not asked for
}

// SearchHit is a full-text search result.
type SearchHit struct {
	Node  NodeRecord
	Score float64
}

// SearchQuery asks for entities matching a text.
type SearchQuery struct {
	Text  string
	Types []string
	Page  Page // After = [score, id]
}

// SearchPage is a page of search hits, best first.
type SearchPage struct {
	Hits    []SearchHit
	HasNext bool
	Total   int
}

// SupportGraphQuery asks for the who-supports-whom graph.
type SupportGraphQuery struct {
	Filter FactFilter // Topic, Subject, FromID (supporter), Stance, TimeFilter
	Limit  int        // maximum number of SUPPORTS facts
}

// NeighborhoodQuery asks for the neighborhood of a node.
type NeighborhoodQuery struct {
	ID        string
	Depth     int
	Types     []string // node labels to include (all when empty)
	Relations []string // relation types to traverse (all when empty)
	AsOf      string
	Limit     int // maximum number of nodes
}

// PathQuery asks for a shortest path between two nodes.
type PathQuery struct {
	From, To  string
	MaxHops   int
	Relations []string
	AsOf      string
}

// Reader is the read side of the store, as the GraphQL layer uses it. Batch
// methods take many parents at once and return results keyed by parent id, so
// that resolvers can batch a whole nesting level into one query.
type Reader interface {
	// Nodes returns the nodes with the given ids (entities or communiqués);
	// unknown ids are absent from the map. withText includes communiqué texts.
	Nodes(ctx context.Context, ids []string, withText bool) (map[string]NodeRecord, error)
	// Facts returns a page of facts per parent ("" for root patterns).
	Facts(ctx context.Context, q FactQuery) (map[string]FactPage, error)
	// ListNodes returns a page of nodes per parent ("" for root patterns).
	ListNodes(ctx context.Context, q NodeQuery) (map[string]NodePage, error)
	// Claims returns the claims of the given facts (key → sources), oldest first.
	Claims(ctx context.Context, facts map[string][]string, f TimeFilter) (map[string][]ClaimRecord, error)
	// Search runs a full-text search over entity names.
	Search(ctx context.Context, q SearchQuery) (SearchPage, error)
	// SupportGraph returns the who-supports-whom graph.
	SupportGraph(ctx context.Context, q SupportGraphQuery) (*Graph, error)
	// Neighborhood returns the neighborhood of a node (NotFound if unknown).
	Neighborhood(ctx context.Context, q NeighborhoodQuery) (*Graph, error)
	// Path returns a shortest path (NotFound if an end is unknown; empty graph if none).
	Path(ctx context.Context, q PathQuery) (*Graph, error)
}

// DateEnd returns the lexicographic upper bound of the interval a partial
// date denotes: "2021" → "2021-12-31", "2021-04" → "2021-04-31" (an upper
// bound for string comparison, not a calendar date), "2021-04-23" unchanged.
// Comparing a claim date c (a string) with c <= DateEnd(d) tells whether the
// claim's interval starts no later than the end of d.
func DateEnd(d string) string {
	switch len(d) {
	case 4:
		return d + "-12-31"
	case 7:
		return d + "-31"
	}
	return d
}
