package diplograph

// The types of the extraction interchange format (shared/eval/FORMAT.md): one
// Document per communiqué, serialised as one JSON object per line.

// Document is one communiqué and the facts extracted from it.
type Document struct {
	Doc       DocMeta    `json:"doc"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// DocMeta describes the communiqué itself.
type DocMeta struct {
	ID     string `json:"id"`
	Source string `json:"source,omitempty"`
	Date   string `json:"date,omitempty"` // YYYY, YYYY-MM or YYYY-MM-DD
	Lang   string `json:"lang,omitempty"` // fr, en, es
	Title  string `json:"title,omitempty"`
}

// Entity is a node of the graph: a state, person, organisation, mission,
// position, event or city, keyed by a stable id such as "state:MA".
type Entity struct {
	ID    string         `json:"id"`
	Type  string         `json:"type"`
	Name  string         `json:"name"`
	Props map[string]any `json:"props,omitempty"`
}

// Relation is a fact between two entities with the evidence that states it.
type Relation struct {
	Type       string         `json:"type"`
	From       string         `json:"from"`
	To         string         `json:"to"`
	Props      map[string]any `json:"props,omitempty"`
	Evidence   []Evidence     `json:"evidence,omitempty"`
	Confidence *float64       `json:"confidence,omitempty"`
}

// Evidence is the quote that states a relation, with its byte offsets in the
// original input (End exclusive). Offsets of 0,0 mean "unknown".
type Evidence struct {
	Quote string `json:"quote"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity types.
const (
	TypeState        = "State"
	TypePerson       = "Person"
	TypeOrganisation = "Organisation"
	TypeEmbassy      = "Embassy"
	TypeConsulate    = "Consulate"
	TypePosition     = "Position"
	TypeEvent        = "Event"
	TypeCity         = "City"
)

// Relation types.
const (
	RelHoldsOffice     = "HOLDS_OFFICE"
	RelParticipatedIn  = "PARTICIPATED_IN"
	RelSupports        = "SUPPORTS"
	RelConcerns        = "CONCERNS"
	RelMemberOf        = "MEMBER_OF"
	RelHasMission      = "HAS_MISSION"
	RelLocatedIn       = "LOCATED_IN"
	RelHeads           = "HEADS"
	RelHeadquarteredIn = "HEADQUARTERED_IN"
	RelPartOf          = "PART_OF"
)

// EntityTypes lists the entity types in a fixed order, with the id prefix each uses.
var EntityTypes = []struct{ Type, Prefix string }{
	{TypeState, "state"}, {TypePerson, "person"}, {TypeOrganisation, "org"},
	{TypeEmbassy, "embassy"}, {TypeConsulate, "consulate"}, {TypePosition, "position"},
	{TypeEvent, "event"}, {TypeCity, "city"},
}

// RelationTypes lists the relation types with the entity types allowed at each end.
var RelationTypes = map[string]struct{ From, To []string }{
	RelHoldsOffice:     {[]string{TypePerson}, []string{TypeState, TypeOrganisation}},
	RelParticipatedIn:  {[]string{TypePerson, TypeState, TypeOrganisation}, []string{TypeEvent}},
	RelSupports:        {[]string{TypeState, TypeOrganisation}, []string{TypePosition}},
	RelConcerns:        {[]string{TypePosition}, []string{TypeState, TypeOrganisation}},
	RelMemberOf:        {[]string{TypeState}, []string{TypeOrganisation}},
	RelHasMission:      {[]string{TypeState}, []string{TypeEmbassy, TypeConsulate}},
	RelLocatedIn:       {[]string{TypeEmbassy, TypeConsulate, TypeCity}, []string{TypeState, TypeCity}},
	RelHeads:           {[]string{TypePerson}, []string{TypeEmbassy, TypeConsulate, TypeOrganisation}},
	RelHeadquarteredIn: {[]string{TypeOrganisation}, []string{TypeState, TypeCity}},
	RelPartOf:          {[]string{TypeOrganisation}, []string{TypeOrganisation}},
}

// Closed vocabularies of FORMAT.md, by the property they constrain.
var (
	Roles          = []string{"head_of_state", "head_of_government", "deputy_prime_minister", "foreign_minister", "minister", "ambassador", "secretary_general", "official"}
	Stances        = []string{"support", "recognize", "oppose"}
	Topics         = []string{"territorial_integrity", "sovereignty", "autonomy_plan", "candidacy", "other"}
	MemberStatuses = []string{"member", "joined", "applied", "observer", "left"}
	MissionStatus  = []string{"announced", "opened", "exists", "closed"}
	EventKinds     = []string{"phone_call", "meeting", "visit", "agreement", "credentials", "consultations", "message", "other"}
	EventStatuses  = []string{"held", "planned"}
)
