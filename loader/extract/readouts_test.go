package extract

import "testing"

// Patterns of real readouts that earlier rules got wrong. The sentences are
// written for these tests.

func TestReadoutPatterns(t *testing.T) {
	runCases(t, []ruleCase{
		{"a time word before a title is not a name",
			"Today, Secretary of State Mary Cole spoke with Peruvian Foreign Minister Luis Paz Mena about trade.",
			[]string{"office:cole:US:foreign_minister", "office:mena:PE:foreign_minister", "event:phone_call:held:PE,US"},
			[]string{"office:today:US:foreign_minister"}},
		{"the leader whose call an official relays is the official's own",
			"Secretary of State Mary Cole spoke today with Egyptian Foreign Minister Omar Saleh. Secretary Cole reiterated President Harlan's call for a ceasefire between Sudan and Chad.",
			[]string{"office:harlan:US:head_of_state"},
			[]string{"office:harlan:SD:head_of_state", "office:harlan:EG:head_of_state"}},
		{"talks called for are not talks held",
			"Secretary of State Mary Cole spoke today with Egyptian Foreign Minister Omar Saleh. Secretary Cole reiterated President Harlan's call for continued direct talks between Sudan and Chad.",
			[]string{"event:phone_call:held:EG,US"},
			[]string{"event:meeting:held:US"}},
	})
}
