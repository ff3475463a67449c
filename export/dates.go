package export

import (
	"regexp"
	"time"
)

var partialDate = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?`)

// spanStart returns the first day (YYYY-MM-DD) of the period a date denotes:
// "2024" → "2024-01-01", "2024-05" → "2024-05-01", "2024-05-07" and
// "2024-05-07T10:00:00Z" → "2024-05-07". ok is false when s is not a date.
func spanStart(s string) (string, bool) {
	t, _, ok := parsePartial(s)
	if !ok {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// spanEnd returns the last day (YYYY-MM-DD) of the period a date denotes:
// "2024" → "2024-12-31", "2024-02" → "2024-02-29", "2024-05-07" → "2024-05-07".
func spanEnd(s string) (string, bool) {
	t, prec, ok := parsePartial(s)
	if !ok {
		return "", false
	}
	switch prec {
	case 1:
		t = t.AddDate(1, 0, -1)
	case 2:
		t = t.AddDate(0, 1, -1)
	}
	return t.Format(time.DateOnly), true
}

// parsePartial parses YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by a
// time, which is ignored) and returns the first day of the period and the
// number of components given (1, 2 or 3).
func parsePartial(s string) (time.Time, int, bool) {
	m := partialDate.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, 0, false
	}
	rest := s[len(m[0]):]
	if rest != "" && rest[0] != 'T' && rest[0] != ' ' {
		return time.Time{}, 0, false
	}
	switch {
	case m[2] == "":
		t, err := time.Parse("2006", m[1])
		return t, 1, err == nil
	case m[3] == "":
		t, err := time.Parse("2006-01", m[1]+"-"+m[2])
		return t, 2, err == nil
	}
	t, err := time.Parse(time.DateOnly, m[0])
	return t, 3, err == nil
}
