package text

import "testing"

// TestNoEmptyDateWord checks that no map of the date words has the key ""
// (the word of tokens out of the vocabulary): lookupWord, monthName,
// weekdayName and the guarded lookups skip it.
func TestNoEmptyDateWord(t *testing.T) {
	has := map[string]bool{}
	_, has["months"] = months[""]
	_, has["weekdays"] = weekdays[""]
	_, has["monthPreps"] = monthPreps[""]
	_, has["rangeWords"] = rangeWords[""]
	_, has["periodBefore"] = periodBefore[""]
	_, has["periodUnits"] = periodUnits[""]
	for name, h := range has {
		if h {
			t.Errorf("%s has the key \"\"", name)
		}
	}
}
