package diplograph

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

var datePattern = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// ValidDate reports whether s is a date of the format: YYYY, YYYY-MM or YYYY-MM-DD.
func ValidDate(s string) bool { return datePattern.MatchString(s) }

// EntityPrefix returns the id prefix of an entity type ("state" for State), or
// "" for an unknown type.
func EntityPrefix(typ string) string {
	for _, t := range EntityTypes {
		if t.Type == typ {
			return t.Prefix
		}
	}
	return ""
}

// Validate checks a document against FORMAT.md: a document id, known entity and
// relation types, ids whose prefix matches their type, relations between
// entities the document defines and of the allowed types, and values of the
// closed vocabularies. textLen, when positive, is the length in bytes of the
// original input: evidence offsets must lie inside it. The error is of kind
// Invalid and names the first problem found.
func (d *Document) Validate(textLen int) error {
	const op = "validate"
	bad := func(format string, args ...any) error { return Errorf(op, Invalid, format, args...) }
	if strings.TrimSpace(d.Doc.ID) == "" {
		return bad("doc.id is empty")
	}
	if d.Doc.Date != "" && !ValidDate(d.Doc.Date) {
		return bad("doc.date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d.Doc.Date)
	}
	types := make(map[string]string, len(d.Entities))
	for i, e := range d.Entities {
		prefix := EntityPrefix(e.Type)
		if prefix == "" {
			return bad("entity %d (%q): unknown entity type %q", i+1, e.ID, e.Type)
		}
		if !strings.HasPrefix(e.ID, prefix+":") || len(e.ID) == len(prefix)+1 {
			return bad("entity %q: id of a %s must start with %q", e.ID, e.Type, prefix+":")
		}
		if prev, dup := types[e.ID]; dup && prev != e.Type {
			return bad("entity %q defined twice with types %s and %s", e.ID, prev, e.Type)
		}
		types[e.ID] = e.Type
		if err := checkProps(e.Props); err != nil {
			return bad("entity %q: %v", e.ID, err)
		}
		if err := checkEntityVocab(e); err != nil {
			return bad("entity %q: %v", e.ID, err)
		}
	}
	for i, r := range d.Relations {
		spec, ok := RelationTypes[r.Type]
		if !ok {
			return bad("relation %d: unknown relation type %q", i+1, r.Type)
		}
		ft, ok := types[r.From]
		if !ok {
			return bad("relation %d (%s): from %q is not an entity of the document", i+1, r.Type, r.From)
		}
		tt, ok := types[r.To]
		if !ok {
			return bad("relation %d (%s): to %q is not an entity of the document", i+1, r.Type, r.To)
		}
		if !slices.Contains(spec.From, ft) || !slices.Contains(spec.To, tt) {
			return bad("relation %d: %s cannot go from a %s to a %s", i+1, r.Type, ft, tt)
		}
		if err := checkProps(r.Props); err != nil {
			return bad("relation %d (%s): %v", i+1, r.Type, err)
		}
		if err := checkRelationVocab(r); err != nil {
			return bad("relation %d (%s %s→%s): %v", i+1, r.Type, r.From, r.To, err)
		}
		if r.Confidence != nil && (*r.Confidence < 0 || *r.Confidence > 1) {
			return bad("relation %d (%s): confidence %v outside [0,1]", i+1, r.Type, *r.Confidence)
		}
		for _, ev := range r.Evidence {
			if ev.Start < 0 || ev.End < ev.Start || (textLen > 0 && ev.End > textLen) {
				return bad("relation %d (%s): evidence offsets [%d,%d) outside the input", i+1, r.Type, ev.Start, ev.End)
			}
		}
	}
	return nil
}

// checkProps accepts the property values Neo4j can store: strings, numbers,
// booleans and lists of those.
func checkProps(props map[string]any) error {
	for k, v := range props {
		switch x := v.(type) {
		case nil, string, bool, float64, int, int64:
		case []any:
			for _, item := range x {
				switch item.(type) {
				case string, bool, float64, int, int64:
				default:
					return fmt.Errorf("property %q: list item of unsupported type %T", k, item)
				}
			}
		case []string:
		default:
			return fmt.Errorf("property %q: unsupported value of type %T", k, v)
		}
	}
	return nil
}

func checkVocab(props map[string]any, key string, allowed []string) error {
	v, ok := props[key]
	if !ok || v == nil {
		return nil
	}
	s, isString := v.(string)
	if !isString || !slices.Contains(allowed, s) {
		return fmt.Errorf("%s %v is not one of %s", key, v, strings.Join(allowed, ", "))
	}
	return nil
}

func checkEntityVocab(e Entity) error {
	switch e.Type {
	case TypeEmbassy, TypeConsulate:
		return checkVocab(e.Props, "status", MissionStatus)
	case TypePosition:
		return checkVocab(e.Props, "topic", Topics)
	case TypeEvent:
		if err := checkVocab(e.Props, "kind", EventKinds); err != nil {
			return err
		}
		if d, ok := e.Props["date"].(string); ok && d != "" && !ValidDate(d) {
			return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
		return checkVocab(e.Props, "status", EventStatuses)
	case TypeState:
		if iso, ok := e.Props["iso2"].(string); ok && len(iso) != 2 {
			return fmt.Errorf("iso2 %q is not two letters", iso)
		}
	}
	return nil
}

func checkRelationVocab(r Relation) error {
	switch r.Type {
	case RelHoldsOffice:
		return checkVocab(r.Props, "role", Roles)
	case RelSupports:
		return checkVocab(r.Props, "stance", Stances)
	case RelMemberOf:
		if d, ok := r.Props["date"].(string); ok && d != "" && !ValidDate(d) {
			return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
		}
		return checkVocab(r.Props, "status", MemberStatuses)
	}
	return nil
}
