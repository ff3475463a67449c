// Package model holds the Go types the GraphQL schema binds to: entities and
// facts wrapping the store's records (hand-written, in this file and
// enums.go) and the connection types gqlgen generates (models_gen.go).
package model

import (
	"maps"

	"diplograph"
)

// Node is the GraphQL Node interface: anything with a stable id.
type Node interface {
	IsNode()
	GetID() string
}

// Entity is the GraphQL Entity interface: every node but communiqués.
type Entity interface {
	Node
	IsEntity()
	Record() diplograph.NodeRecord
}

// Mission is the GraphQL Mission interface (Embassy, Consulate).
type Mission interface {
	Entity
	IsMission()
}

// Actor is the union State | Organisation.
type Actor interface{ IsActor() }

// Participant is the union Person | State | Organisation.
type Participant interface{ IsParticipant() }

// Place is the union State | City.
type Place interface{ IsPlace() }

// Locatable is the union Embassy | Consulate | City.
type Locatable interface{ IsLocatable() }

// Headed is the union Embassy | Consulate | Organisation.
type Headed interface{ IsHeaded() }

// Fact is the GraphQL Fact interface: a relationship with its provenance.
type Fact interface {
	IsFact()
	Record() diplograph.FactRecord
}

// Ent is the common part of entity types: the node record.
type Ent struct{ Rec diplograph.NodeRecord }

// IsNode marks Node implementations.
func (*Ent) IsNode() {}

// IsEntity marks Entity implementations.
func (*Ent) IsEntity() {}

// GetID returns the id.
func (e *Ent) GetID() string { return e.Rec.ID }

// ID returns the id.
func (e *Ent) ID() string { return e.Rec.ID }

// Name returns the display name (the id when the node has no name).
func (e *Ent) Name() string {
	if n := e.Rec.Str("name"); n != "" {
		return n
	}
	return e.Rec.ID
}

// Type returns the entity type.
func (e *Ent) Type() EntityType { return EntityType(e.Rec.Label) }

// Properties returns a copy of the stored properties.
func (e *Ent) Properties() map[string]any { return maps.Clone(e.Rec.Props) }

// Record returns the node record.
func (e *Ent) Record() diplograph.NodeRecord { return e.Rec }

func (e *Ent) strp(k string) *string {
	if s := e.Rec.Str(k); s != "" {
		return &s
	}
	return nil
}

// strings returns a list property as strings.
func (e *Ent) strs(k string) []string {
	return Strings(e.Rec.Props[k])
}

// Strings converts a stored list (or a single string) to []string.
func Strings(v any) []string {
	out := []string{}
	switch l := v.(type) {
	case []any:
		for _, x := range l {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
	case []string:
		out = append(out, l...)
	case string:
		out = append(out, l)
	}
	return out
}

// State is a sovereign state.
type State struct{ Ent }

// Iso2 returns the ISO 3166-1 alpha-2 code.
func (s *State) Iso2() string { return s.Rec.Str("iso2") }

// Iso3 returns the ISO 3166-1 alpha-3 code.
func (s *State) Iso3() *string { return s.strp("iso3") }

// IsActor marks Actor members.
func (*State) IsActor() {}

// IsParticipant marks Participant members.
func (*State) IsParticipant() {}

// IsPlace marks Place members.
func (*State) IsPlace() {}

// Person is a person.
type Person struct{ Ent }

// Aliases returns the other spellings of the name.
func (p *Person) Aliases() []string { return p.strs("aliases") }

// IsParticipant marks Participant members.
func (*Person) IsParticipant() {}

// Organisation is an international organisation.
type Organisation struct{ Ent }

// Acronym returns the acronym.
func (o *Organisation) Acronym() *string { return o.strp("acronym") }

// Names returns the other names.
func (o *Organisation) Names() []string { return o.strs("names") }

// IsActor marks Actor members.
func (*Organisation) IsActor() {}

// IsParticipant marks Participant members.
func (*Organisation) IsParticipant() {}

// IsHeaded marks Headed members.
func (*Organisation) IsHeaded() {}

// MissionBase is the common part of embassies and consulates.
type MissionBase struct{ Ent }

// IsMission marks Mission implementations.
func (*MissionBase) IsMission() {}

// IsLocatable marks Locatable members.
func (*MissionBase) IsLocatable() {}

// IsHeaded marks Headed members.
func (*MissionBase) IsHeaded() {}

// City returns the city as written.
func (m *MissionBase) City() *string { return m.strp("city") }

// Resident says whether the mission is resident.
func (m *MissionBase) Resident() *bool {
	if b, ok := m.Rec.Props["resident"].(bool); ok {
		return &b
	}
	return nil
}

// Status returns the mission's status.
func (m *MissionBase) Status() *MissionStatus {
	if s := m.Rec.Str("status"); s != "" {
		v := MissionStatus(s)
		return &v
	}
	return nil
}

// Embassy is an embassy.
type Embassy struct{ MissionBase }

// Consulate is a consulate.
type Consulate struct{ MissionBase }

// Position is a position about a subject.
type Position struct{ Ent }

// Topic returns what the position is about.
func (p *Position) Topic() *Topic {
	if s := p.Rec.Str("topic"); s != "" {
		v := Topic(s)
		return &v
	}
	return nil
}

// Event is an event.
type Event struct{ Ent }

// Kind returns the event's kind.
func (e *Event) Kind() *EventKind {
	if s := e.Rec.Str("kind"); s != "" {
		v := EventKind(s)
		return &v
	}
	return nil
}

// Status returns held or planned.
func (e *Event) Status() *EventStatus {
	if s := e.Rec.Str("status"); s != "" {
		v := EventStatus(s)
		return &v
	}
	return nil
}

// Date returns the event's date.
func (e *Event) Date() *Date { return DateP(e.Rec.Str("date")) }

// City is a city.
type City struct{ Ent }

// IsPlace marks Place members.
func (*City) IsPlace() {}

// IsLocatable marks Locatable members.
func (*City) IsLocatable() {}

// Communique is a communiqué node.
type Communique struct{ Rec diplograph.NodeRecord }

// IsNode marks Node implementations.
func (*Communique) IsNode() {}

// GetID returns the id.
func (c *Communique) GetID() string { return c.Rec.ID }

// ID returns the id.
func (c *Communique) ID() string { return c.Rec.ID }

func (c *Communique) strp(k string) *string {
	if s := c.Rec.Str(k); s != "" {
		return &s
	}
	return nil
}

// Source returns where it was published.
func (c *Communique) Source() *string { return c.strp("source") }

// Date returns its date.
func (c *Communique) Date() *Date { return DateP(c.Rec.Str("date")) }

// Lang returns its language.
func (c *Communique) Lang() *string { return c.strp("lang") }

// Title returns its title.
func (c *Communique) Title() *string { return c.strp("title") }

// Hash returns its content hash.
func (c *Communique) Hash() *string { return c.strp("hash") }

// LoadedAt returns when it was loaded.
func (c *Communique) LoadedAt() *string { return c.strp("loadedAt") }

// NodeOf wraps a node record in its GraphQL type (nil for unknown labels).
func NodeOf(rec diplograph.NodeRecord) Node {
	if rec.Label == "Communique" {
		return &Communique{Rec: rec}
	}
	if e := EntityOf(rec); e != nil {
		return e
	}
	return nil
}

// EntityOf wraps an entity record in its GraphQL type (nil for unknown labels).
func EntityOf(rec diplograph.NodeRecord) Entity {
	e := Ent{Rec: rec}
	switch rec.Label {
	case diplograph.TypeState:
		return &State{e}
	case diplograph.TypePerson:
		return &Person{e}
	case diplograph.TypeOrganisation:
		return &Organisation{e}
	case diplograph.TypeEmbassy:
		return &Embassy{MissionBase{e}}
	case diplograph.TypeConsulate:
		return &Consulate{MissionBase{e}}
	case diplograph.TypePosition:
		return &Position{e}
	case diplograph.TypeEvent:
		return &Event{e}
	case diplograph.TypeCity:
		return &City{e}
	}
	return nil
}

func as[T any](rec diplograph.NodeRecord) T {
	var zero T
	if e, ok := EntityOf(rec).(T); ok {
		return e
	}
	return zero
}

// FactBase is the common part of fact types: the relationship record.
type FactBase struct{ Rec diplograph.FactRecord }

// IsFact marks Fact implementations.
func (*FactBase) IsFact() {}

// Record returns the fact record.
func (f *FactBase) Record() diplograph.FactRecord { return f.Rec }

// ID returns the relationship key.
func (f *FactBase) ID() string { return f.Rec.Key }

// Type returns the relation type.
func (f *FactBase) Type() RelationType { return RelationType(f.Rec.Type) }

// FirstSeen returns the date of the earliest claim.
func (f *FactBase) FirstSeen() *Date { return DateP(f.Rec.FirstSeen) }

// LastSeen returns the date of the latest claim.
func (f *FactBase) LastSeen() *Date { return DateP(f.Rec.LastSeen) }

// Confidence returns the highest confidence of the claims.
func (f *FactBase) Confidence() *float64 { return f.Rec.Confidence }

// Sources returns the asserting communiqués' ids.
func (f *FactBase) Sources() []string {
	if f.Rec.Sources == nil {
		return []string{}
	}
	return f.Rec.Sources
}

func (f *FactBase) prop(k string) string {
	s, _ := f.Rec.Props[k].(string)
	return s
}

func (f *FactBase) propp(k string) *string {
	if s := f.prop(k); s != "" {
		return &s
	}
	return nil
}

// FactOf wraps a fact record in its GraphQL type (nil for unknown types).
func FactOf(rec diplograph.FactRecord) Fact {
	b := FactBase{Rec: rec}
	switch rec.Type {
	case diplograph.RelHoldsOffice:
		return &Office{b}
	case diplograph.RelParticipatedIn:
		return &Participation{b}
	case diplograph.RelSupports:
		return &Support{b}
	case diplograph.RelConcerns:
		return &Concern{b}
	case diplograph.RelMemberOf:
		return &Membership{b}
	case diplograph.RelHasMission:
		return &MissionLink{b}
	case diplograph.RelLocatedIn:
		return &Location{b}
	case diplograph.RelHeads:
		return &Headship{b}
	case diplograph.RelHeadquarteredIn:
		return &Headquarters{b}
	case diplograph.RelPartOf:
		return &Affiliation{b}
	}
	return nil
}

// Office is a HOLDS_OFFICE fact.
type Office struct{ FactBase }

// Person returns the office holder.
func (o *Office) Person() *Person { return as[*Person](o.Rec.From) }

// Holder returns the state or organisation.
func (o *Office) Holder() Actor { return as[Actor](o.Rec.To) }

// Role returns the role.
func (o *Office) Role() *Role {
	if s := o.prop("role"); s != "" {
		v := Role(s)
		return &v
	}
	return nil
}

// Title returns the title as written.
func (o *Office) Title() *string { return o.propp("title") }

// Participation is a PARTICIPATED_IN fact.
type Participation struct{ FactBase }

// Participant returns who took part.
func (p *Participation) Participant() Participant { return as[Participant](p.Rec.From) }

// Event returns the event.
func (p *Participation) Event() *Event { return as[*Event](p.Rec.To) }

// Role returns the participant's role.
func (p *Participation) Role() *string { return p.propp("role") }

// Support is a SUPPORTS fact.
type Support struct{ FactBase }

// Supporter returns who takes the stance.
func (s *Support) Supporter() Actor { return as[Actor](s.Rec.From) }

// Position returns the position.
func (s *Support) Position() *Position { return as[*Position](s.Rec.To) }

// Stance returns the stance.
func (s *Support) Stance() *Stance {
	if v := s.prop("stance"); v != "" {
		st := Stance(v)
		return &st
	}
	return nil
}

// Membership is a MEMBER_OF fact.
type Membership struct{ FactBase }

// State returns the member state.
func (m *Membership) State() *State { return as[*State](m.Rec.From) }

// Organisation returns the organisation.
func (m *Membership) Organisation() *Organisation { return as[*Organisation](m.Rec.To) }

// Status returns the membership status.
func (m *Membership) Status() *MembershipStatus {
	if v := m.prop("status"); v != "" {
		st := MembershipStatus(v)
		return &st
	}
	return nil
}

// Date returns the date of the membership event.
func (m *Membership) Date() *Date { return DateP(m.prop("date")) }

// MissionLink is a HAS_MISSION fact.
type MissionLink struct{ FactBase }

// Sender returns the sending state.
func (m *MissionLink) Sender() *State { return as[*State](m.Rec.From) }

// Mission returns the mission.
func (m *MissionLink) Mission() Mission { return as[Mission](m.Rec.To) }

// Location is a LOCATED_IN fact.
type Location struct{ FactBase }

// Located returns what is located.
func (l *Location) Located() Locatable { return as[Locatable](l.Rec.From) }

// Place returns where.
func (l *Location) Place() Place { return as[Place](l.Rec.To) }

// Headship is a HEADS fact.
type Headship struct{ FactBase }

// Person returns the head.
func (h *Headship) Person() *Person { return as[*Person](h.Rec.From) }

// Headed returns what is headed.
func (h *Headship) Headed() Headed { return as[Headed](h.Rec.To) }

// Headquarters is a HEADQUARTERED_IN fact.
type Headquarters struct{ FactBase }

// Organisation returns the organisation.
func (h *Headquarters) Organisation() *Organisation { return as[*Organisation](h.Rec.From) }

// Place returns its seat.
func (h *Headquarters) Place() Place { return as[Place](h.Rec.To) }

// Affiliation is a PART_OF fact.
type Affiliation struct{ FactBase }

// Organisation returns the member organisation.
func (a *Affiliation) Organisation() *Organisation { return as[*Organisation](a.Rec.From) }

// Parent returns the parent organisation.
func (a *Affiliation) Parent() *Organisation { return as[*Organisation](a.Rec.To) }

// Concern is a CONCERNS fact.
type Concern struct{ FactBase }

// Position returns the position.
func (c *Concern) Position() *Position { return as[*Position](c.Rec.From) }

// Subject returns whose position it is about.
func (c *Concern) Subject() Actor { return as[Actor](c.Rec.To) }
