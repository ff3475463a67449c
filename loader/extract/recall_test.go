package extract

import "testing"

// TestRecallRules covers the recall rules of recall.go (and the lexicon
// additions they rely on). The sentences are invented.
func TestRecallRules(t *testing.T) {
	runCases(t, []ruleCase{
		{"both reaffirmed support: each party, two topics",
			"WASHINGTON - Secretary Tom Reed met Ukrainian Foreign Minister Olena Bondar. Both reaffirmed unwavering support for Ukraine's sovereignty and territorial integrity.",
			[]string{"support:US>UA:sovereignty:support", "support:US>UA:territorial_integrity:support"},
			[]string{"support:UA>UA:sovereignty:support"}},
		{"ambos reiteraron su apoyo",
			"MADRID - El ministro español de Exteriores, Pedro Gómez, se reunió con su homólogo chileno, Ana Silva. Ambos reiteraron su apoyo a la soberanía y la integridad territorial de Ucrania.",
			[]string{"support:ES>UA:sovereignty:support", "support:CL>UA:sovereignty:support", "support:ES>UA:territorial_integrity:support", "support:CL>UA:territorial_integrity:support"}, nil},
		{"les deux ministres: a third state's integrity",
			"PARIS, 4 mai - Le ministre français des Affaires étrangères, Paul Martin, s'est entretenu avec son homologue malien, Abdou Keita. Les deux ministres ont réaffirmé leur soutien à l'intégrité territoriale de l'Ukraine.",
			[]string{"support:FR>UA:territorial_integrity:support", "support:ML>UA:territorial_integrity:support"}, nil},
		{"relations extérieures is foreign affairs",
			"LUANDA, 4 mai - Le ministre angolais des Relations extérieures, Tete Silva, a reçu l'ambassadeur de France.",
			[]string{"office:silva:AO:foreign_minister"}, []string{"office:silva:AO:minister"}},
	})
}
