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
		{"message from a counterpart, carried by a minister",
			"PARIS, 4 mai - Le Président français, Paul Martin, a reçu jeudi un message de son homologue angolais, Joao Lemos. C'est le ministre angolais des Relations extérieures, Tete Silva, qui a été porteur de ce message.",
			[]string{"event:message:held:AO,FR", "office:silva:AO:foreign_minister", "office:lemos:AO:head_of_state"},
			[]string{"event:meeting:held:AO,FR"}},
		{"came to transmit the message of a head of state",
			"ALGER, 5 mai (APS) - M. Karim Said, envoyé spécial du Président des Emirats Arabes Unis, Khalifa Nahri, a été reçu par le Président Ali Benamar. Il était venu transmettre au Président Benamar le message de Khalifa Nahri, Président des Emirats.",
			[]string{"event:message:held:AE,DZ", "office:said:AE:official"}, nil},
		{"handed a message to his counterpart",
			"ACCRA, 3 mai - M. Abdou Traore a remis un message du Président sénégalais, Malick Fall, à son homologue ghanéen, Kofi Mensah.",
			[]string{"event:message:held:GH,SN", "office:mensah:GH:head_of_state"}, nil},
		{"presidents of parliamentary chambers are officials of the reporting state",
			"ALGER, 5 mai (APS) - Le président du Conseil de la nation, Karim Benali, a reçu l'ambassadeur de France, Paul Marchand. Le président de la Chambre des représentants, Omar Alami, a reçu M. Ali Hassan.",
			[]string{"office:benali:DZ:official", "office:alami:DZ:official", "office:marchand:FR:ambassador", "event:meeting:held:DZ,FR"}, nil},
		{"friendship group of a parliament",
			"ALGER, 5 mai (APS) - Le président du Conseil de la nation, Karim Benali, a reçu le vice-président du Groupe d'amitié France-Algérie, Jean Dupré.",
			[]string{"office:dupre:FR:official", "event:meeting:held:DZ,FR"}, nil},
		{"also received: a second meeting of the same receiver",
			"ALGER, 5 mai (APS) - Le président du Conseil de la nation, Karim Benali, a reçu l'ambassadeur de France, Paul Marchand. Le président du Conseil de la nation a également reçu le Premier ministre éthiopien, Abebe Tesfaye.",
			[]string{"event:meeting:held:DZ,ET", "event:meeting:held:DZ,FR", "office:tesfaye:ET:head_of_government"}, nil},
		{"el presidente del Senado",
			"MADRID, 5 may (EFE) - El presidente del Senado de España, Luis Prieto, recibió también al ministro de Asuntos Exteriores de Chile, Pedro Soto.",
			[]string{"office:prieto:ES:official", "event:meeting:held:CL,ES"}, nil},
		{"semicolon list of ambassadors with a residence clause and a long state form",
			"El presidente guatemalteco, Juan Ortiz, recibió las cartas credenciales de cuatro embajadores. Ellos fueron los embajadores de Estados Unidos, Tom Reed; de la mancomunidad de Australia, Jane Moss, que reside en México; y de Angola, Rosa Lima.",
			[]string{"event:credentials:held:GT,US", "event:credentials:held:AU,GT", "event:credentials:held:AO,GT", "office:moss:AU:ambassador", "office:lima:AO:ambassador"},
			[]string{"office:moss:MX:ambassador", "event:credentials:held:GT,MX"}},
		{"two ambassadors presenting to a president",
			"Los embajadores de Irán, Ali Rezai, y de Venezuela, Pedro Gil, presentaron sus cartas credenciales al presidente de Guatemala, Luis Soto.",
			[]string{"event:credentials:held:GT,IR", "event:credentials:held:GT,VE", "office:rezai:IR:ambassador", "office:gil:VE:ambassador", "office:soto:GT:head_of_state"}, nil},
	})
}
