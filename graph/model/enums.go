package model

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"diplograph"
)

// The GraphQL enums are bound to these string types. Their Go value is the
// vocabulary value stored in the graph (lower case: "foreign_minister",
// labels for EntityType: "State"); GraphQL shows it in upper case.

// Role is the office a person holds (HOLDS_OFFICE role).
type Role string

// Stance is a supporter's stance on a position.
type Stance string

// Topic is what a position is about.
type Topic string

// MembershipStatus is the status of a membership.
type MembershipStatus string

// MissionStatus is the status of a diplomatic mission.
type MissionStatus string

// EventKind is the kind of an event.
type EventKind string

// EventStatus says whether an event was held or is planned.
type EventStatus string

// MissionKind is Embassy or Consulate (the node label).
type MissionKind string

// EntityType is an entity label (State, Person…).
type EntityType string

// RelationType is a relation type (HOLDS_OFFICE…).
type RelationType string

func marshalEnum(w io.Writer, v string) {
	io.WriteString(w, strconv.Quote(strings.ToUpper(v)))
}

func unmarshalEnum(v any, name string, allowed []string) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", diplograph.Errorf("graphql", diplograph.Invalid, "%s must be an enum value", name)
	}
	low := strings.ToLower(s)
	if !slices.Contains(allowed, low) {
		return "", diplograph.Errorf("graphql", diplograph.Invalid, "%q is not a valid %s", s, name)
	}
	return low, nil
}

// MarshalGQL implements graphql.Marshaler.
func (e Role) MarshalGQL(w io.Writer) { marshalEnum(w, string(e)) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *Role) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum(v, "Role", diplograph.Roles)
	*e = Role(s)
	return err
}

// MarshalGQL implements graphql.Marshaler.
func (e Stance) MarshalGQL(w io.Writer) { marshalEnum(w, string(e)) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *Stance) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum(v, "Stance", diplograph.Stances)
	*e = Stance(s)
	return err
}

// MarshalGQL implements graphql.Marshaler.
func (e Topic) MarshalGQL(w io.Writer) { marshalEnum(w, string(e)) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *Topic) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum(v, "Topic", diplograph.Topics)
	*e = Topic(s)
	return err
}

// MarshalGQL implements graphql.Marshaler.
func (e MembershipStatus) MarshalGQL(w io.Writer) { marshalEnum(w, string(e)) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *MembershipStatus) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum(v, "MembershipStatus", diplograph.MemberStatuses)
	*e = MembershipStatus(s)
	return err
}

// MarshalGQL implements graphql.Marshaler.
func (e MissionStatus) MarshalGQL(w io.Writer) { marshalEnum(w, string(e)) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *MissionStatus) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum(v, "MissionStatus", diplograph.MissionStatus)
	*e = MissionStatus(s)
	return err
}

// MarshalGQL implements graphql.Marshaler.
func (e EventKind) MarshalGQL(w io.Writer) { marshalEnum(w, string(e)) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *EventKind) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum(v, "EventKind", diplograph.EventKinds)
	*e = EventKind(s)
	return err
}

// MarshalGQL implements graphql.Marshaler.
func (e EventStatus) MarshalGQL(w io.Writer) { marshalEnum(w, string(e)) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *EventStatus) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum(v, "EventStatus", diplograph.EventStatuses)
	*e = EventStatus(s)
	return err
}

// Label returns the node label of the mission kind (Embassy or Consulate).
func (e MissionKind) Label() string {
	if e == "consulate" {
		return diplograph.TypeConsulate
	}
	return diplograph.TypeEmbassy
}

// MarshalGQL implements graphql.Marshaler.
func (e MissionKind) MarshalGQL(w io.Writer) { marshalEnum(w, string(e)) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *MissionKind) UnmarshalGQL(v any) error {
	s, err := unmarshalEnum(v, "MissionKind", []string{"embassy", "consulate"})
	*e = MissionKind(s)
	return err
}

// MarshalGQL implements graphql.Marshaler.
func (e EntityType) MarshalGQL(w io.Writer) { marshalEnum(w, string(e)) }

// UnmarshalGQL implements graphql.Unmarshaler: STATE → "State".
func (e *EntityType) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if ok {
		for _, t := range diplograph.EntityTypes {
			if strings.EqualFold(t.Type, s) {
				*e = EntityType(t.Type)
				return nil
			}
		}
	}
	return diplograph.Errorf("graphql", diplograph.Invalid, "%v is not a valid EntityType", v)
}

// MarshalGQL implements graphql.Marshaler.
func (e RelationType) MarshalGQL(w io.Writer) { marshalEnum(w, string(e)) }

// UnmarshalGQL implements graphql.Unmarshaler.
func (e *RelationType) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if ok {
		if _, known := diplograph.RelationTypes[s]; known {
			*e = RelationType(s)
			return nil
		}
	}
	return diplograph.Errorf("graphql", diplograph.Invalid, "%v is not a valid RelationType", v)
}

// Date is a date YYYY, YYYY-MM or YYYY-MM-DD.
type Date string

// MarshalGQL implements graphql.Marshaler.
func (d Date) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(d))) }

// UnmarshalGQL implements graphql.Unmarshaler; it rejects malformed dates.
func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !validDate(s) {
		return diplograph.Errorf("graphql", diplograph.Invalid, "%v is not a date YYYY, YYYY-MM or YYYY-MM-DD", fmt.Sprint(v))
	}
	*d = Date(s)
	return nil
}

// DateP returns a *Date for a non-empty string, nil otherwise.
func DateP(s string) *Date {
	if s == "" {
		return nil
	}
	d := Date(s)
	return &d
}

// validDate checks the shape and the month and day ranges of a date.
func validDate(s string) bool {
	if !diplograph.ValidDate(s) {
		return false
	}
	if len(s) >= 7 && (s[5:7] < "01" || s[5:7] > "12") {
		return false
	}
	if len(s) == 10 && (s[8:10] < "01" || s[8:10] > "31") {
		return false
	}
	return true
}
