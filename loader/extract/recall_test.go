package extract

import (
	"context"
	"slices"
	"testing"

	"diplograph"
	"diplograph/loader"
)

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
		{"receivers take the accredited-to state, never a sender's",
			"El presidente de la República, Juan Ortega y el canciller Luis Ortega recibieron las cartas credenciales de los embajadores de México y de Chile. Los diplomáticos son concurrentes para Guatemala.",
			[]string{"office:ortega:GT:head_of_state", "office:ortega:GT:foreign_minister", "event:credentials:held:GT,MX", "event:credentials:held:CL,GT"},
			[]string{"office:ortega:MX:head_of_state", "office:ortega:MX:foreign_minister", "office:ortega:CL:head_of_state"}},
		{"names before a copula, distributed respectively, with the dateline host",
			"CIUDAD DE GUATEMALA, 3 mar - El presidente de la República, Juan Ortega y el canciller Luis Ortega recibieron las cartas credenciales de los nuevos embajadores de Chile, Perú y Hungría. Ana Ruiz será la embajadora de Chile, mientras Juan Paz e Imre Kis serán los embajadores de Perú y Hungría, respectivamente.",
			[]string{"office:ruiz:CL:ambassador", "office:paz:PE:ambassador", "office:kis:HU:ambassador", "office:ortega:GT:head_of_state",
				"event:credentials:held:CL,GT", "event:credentials:held:GT,PE", "event:credentials:held:GT,HU"},
			[]string{"event:credentials:planned:CL,GT", "office:ortega:CL:head_of_state"}},
		{"the host stated elsewhere in the text",
			"Los embajadores de Irán, Ali Rezai, y de Venezuela, Pedro Gil, presentaron sus cartas credenciales al presidente Luis Soto. Ambos diplomáticos están acreditados ante el Gobierno de Guatemala.",
			[]string{"office:soto:GT:head_of_state", "event:credentials:held:GT,IR", "event:credentials:held:GT,VE"},
			[]string{"office:soto:IR:head_of_state", "office:soto:VE:head_of_state"}},
		{"French: the receiving president of the reporting state",
			"RABAT, 3 mai (MAP) - Le Roi Hassan Idrissi a reçu les lettres de créance des ambassadeurs du Japon, Ken Sato, et du Chili, Ana Vidal.",
			[]string{"event:credentials:held:JP,MA", "event:credentials:held:CL,MA", "office:sato:JP:ambassador", "office:vidal:CL:ambassador"}, nil},
		{"our ambassador abroad: the reporting state is the sender",
			"RABAT, 3 mai (MAP) - L'ambassadeur du Maroc, Karim Alaoui, a présenté ses lettres de créance au Président Ken Sato, à Tokyo.",
			nil, []string{"office:sato:MA:head_of_state"}},
		{"names each followed by its state after a plural head, host from the ceremony place",
			"Los nuevos embajadores presentaron sus cartas credenciales al presidente Luis Soto: Ali Rezai, de Irán, y Pedro Gil, de Venezuela. La ceremonia se celebró en el Palacio Nacional de Guatemala.",
			[]string{"office:rezai:IR:ambassador", "office:gil:VE:ambassador", "office:soto:GT:head_of_state", "event:credentials:held:GT,IR", "event:credentials:held:GT,VE"},
			[]string{"office:soto:IR:head_of_state"}},
		{"English list of ambassadors accredited to the host",
			"The ambassadors of Japan, Ken Sato, and of Chile, Ana Vidal, presented their letters of credence to President John Kamau on Tuesday. Both envoys are accredited to Kenya.",
			[]string{"office:kamau:KE:head_of_state", "event:credentials:held:JP,KE", "event:credentials:held:CL,KE"}, nil},
		{"French: states only, in the first sentence",
			"ALGER, 5 mai (APS) - Le président de la République, Abdelkader Benali, a reçu jeudi les lettres de créance des nouveaux ambassadeurs de Suède, d'Italie et du Brésil.",
			[]string{"event:credentials:held:DZ,SE", "event:credentials:held:DZ,IT", "event:credentials:held:BR,DZ", "office:benali:DZ:head_of_state"}, nil},
		{"the two sides after an introductory phrase",
			"WASHINGTON - Secretary Tom Reed met Ukrainian Foreign Minister Olena Bondar. During the meeting, the two sides reaffirmed support for Moldova's sovereignty.",
			[]string{"support:US>MD:sovereignty:support", "support:UA>MD:sovereignty:support"}, nil},
		{"les parties",
			"RABAT, 3 mai (MAP) - Le ministre des Affaires étrangères, Karim Alaoui, s'est entretenu avec son homologue malien, Abdou Traoré. Les parties ont réitéré leur soutien à l'intégrité territoriale de la Libye.",
			[]string{"support:MA>LY:territorial_integrity:support", "support:ML>LY:territorial_integrity:support"}, nil},
		{"a letter from a counterpart is a message, not a meeting",
			"RABAT, 3 mai (MAP) - Le Chef du gouvernement, Aziz Amrani, a reçu une lettre de son homologue malien, Abdou Traoré.",
			[]string{"event:message:held:MA,ML", "office:traore:ML:head_of_government"}, []string{"event:meeting:held:MA,ML"}},
		{"s'est également entretenu",
			"RABAT, 3 mai (MAP) - Le président de la Chambre des représentants, Rachid Alami, s'est également entretenu avec le président du Sénat du Mali, Abdou Traoré.",
			[]string{"event:meeting:held:MA,ML", "office:alami:MA:official", "office:traore:ML:official"}, nil},
		{"ambassadors listed with their titles after the names",
			"PARIS, 4 mai - Le Président de la République, Paul Marchal, a reçu les lettres de créance des ambassadeurs suivants : Ken Sato, ambassadeur du Japon ; Ana Vidal, ambassadrice du Chili.",
			[]string{"event:credentials:held:FR,JP", "event:credentials:held:CL,FR", "office:marchal:FR:head_of_state"}, nil},
		{"no host stated: the receiver is never given a sender's state",
			"El Presidente de la República, Bernardo Ruiz, recibió este día las cartas credenciales de los nuevos embajadores de Francia, Alemania y Japón, en una ceremonia en el Palacio Nacional de la Cultura.",
			nil, []string{"office:ruiz:FR:head_of_state", "office:ruiz:DE:head_of_state", "office:ruiz:JP:head_of_state", "event:credentials:held:DE,FR"}},
		{"ambassadors who will reside in the host",
			"El Presidente de la República, Bernardo Ruiz, recibió este día las cartas credenciales de los nuevos embajadores de Francia, Alemania y Japón. Los diplomáticos residirán en Guatemala.",
			[]string{"office:ruiz:GT:head_of_state", "event:credentials:held:FR,GT", "event:credentials:held:DE,GT", "event:credentials:held:GT,JP"}, nil},
		{"their credentials: the ambassador of the sentence before, concurrent for the host",
			"Mientras tanto, el embajador de Chile, Ana Ruiz, reside en México y es concurrente para Guatemala. El presidente Luis Soto recibió sus cartas credenciales.",
			[]string{"event:credentials:held:CL,GT", "office:soto:GT:head_of_state", "office:ruiz:CL:ambassador"},
			[]string{"event:credentials:held:GT,MX", "event:credentials:held:CL,MX"}},
		{"copies of credentials from an ambassador-designate, host from the concurrence",
			"El canciller Luis Ortiz recibió las copias de las cartas credenciales de la embajadora designada de Hungría, Eva Kovacs. Kovacs será concurrente para Guatemala desde Ciudad de México.",
			[]string{"event:credentials:held:GT,HU", "office:kovacs:HU:ambassador", "office:ortiz:GT:foreign_minister"},
			[]string{"office:ortiz:HU:foreign_minister", "event:credentials:held:HU,MX"}},
		{"the envoy of a president carrying a message",
			"Le Président angolais, Joao Lemos, a reçu jeudi un message de son homologue français, Paul Marchand, qui lui a été remis par l'envoyé spécial du Président français, Jean Dupré.",
			[]string{"event:message:held:AO,FR", "office:dupre:FR:official", "office:marchand:FR:head_of_state"}, nil},
		{"pairs after a colon",
			"GUATEMALA, 3 mar - El presidente Luis Soto recibió las cartas credenciales de los siguientes embajadores: de Chile, Ana Ruiz; del Perú, Juan Paz; y de Hungría, Imre Kis.",
			[]string{"event:credentials:held:CL,GT", "event:credentials:held:GT,PE", "event:credentials:held:GT,HU", "office:kis:HU:ambassador", "office:soto:GT:head_of_state"}, nil},
		{"names then states after a colon",
			"GUATEMALA, 3 mar - El presidente Luis Soto recibió las cartas credenciales de tres embajadores. Los embajadores que presentaron sus cartas fueron: Ana Ruiz, de Chile; Juan Paz, del Perú; e Imre Kis, de Hungría.",
			[]string{"event:credentials:held:CL,GT", "event:credentials:held:GT,PE", "event:credentials:held:GT,HU", "office:ruiz:CL:ambassador", "office:kis:HU:ambassador"}, nil},
		{"one plural title distributed respectively",
			"ALGER, 5 mai (APS) - Le président de la République, Abdelkader Benali, a reçu jeudi les lettres de créance de plusieurs ambassadeurs. Il s'agit de MM. Ken Sato et Pedro Gil, respectivement ambassadeurs du Japon et du Venezuela, et de Mme Ana Vidal, ambassadrice du Chili.",
			[]string{"office:sato:JP:ambassador", "office:gil:VE:ambassador", "office:vidal:CL:ambassador", "event:credentials:held:DZ,JP", "event:credentials:held:DZ,VE", "event:credentials:held:CL,DZ"}, nil},
		{"English names of states after a plural head",
			"WASHINGTON - Secretary Tom Reed received copies of credentials from the following ambassadors: Ken Sato of Japan; Ana Vidal of Chile; and Pedro Gil of Venezuela.",
			[]string{"office:sato:JP:ambassador", "office:vidal:CL:ambassador", "office:gil:VE:ambassador", "event:credentials:held:JP,US", "event:credentials:held:US,VE"}, nil},
		{"a titled receiver after the plural head is no ambassador",
			"NAIROBI, May 3 - The new ambassadors of Japan and Chile presented their credentials to President John Kamau of Kenya.",
			[]string{"office:kamau:KE:head_of_state"}, []string{"office:kamau:KE:ambassador"}},
		{"a letter handed by a minister",
			"SANTIAGO, 3 mar - El canciller Pedro Rojas entregó una carta del presidente chileno, Luis Soto, al presidente de Bolivia, Juan Arce.",
			[]string{"event:message:held:BO,CL", "office:rojas:CL:foreign_minister"}, nil},
		{"un mensaje de su homólogo",
			"LIMA, 3 mar - El presidente peruano, Luis Soto, recibió un mensaje de su homólogo boliviano, Juan Arce.",
			[]string{"event:message:held:BO,PE", "office:arce:BO:head_of_state"}, []string{"event:meeting:held:BO,PE"}},
		{"the president of an unknown acronym is an official",
			"ALGER, 5 mai (APS) - Le président de l'APN, Karim Benali, a reçu l'ambassadrice de Suède, Eva Berg.",
			[]string{"office:benali:DZ:official", "event:meeting:held:DZ,SE"}, []string{"office:benali:DZ:head_of_state"}},
		{"the president of a state acronym stays head of state",
			"KINSHASA - Le président de la RDC, Félix Mbala, a reçu l'ambassadeur de France, Paul Roux.",
			[]string{"office:mbala:CD:head_of_state"}, nil},
		{"both, after a sentence naming the two ministers without an event",
			"Joint statement. Foreign Minister Tom Reed of Canada and Foreign Minister Olena Bondar of Moldova issued the following statement. Both reaffirmed their support for the sovereignty of Georgia.",
			[]string{"support:CA>GE:sovereignty:support", "support:MD>GE:sovereignty:support"}, nil},
		{"les deux ministres: two topics, two supports each",
			"PARIS, 4 mai - Le ministre français des Affaires étrangères, Paul Martin, s'est entretenu avec son homologue malien, Abdou Keita. Les deux ministres ont réaffirmé leur soutien à la souveraineté et à l'intégrité territoriale de l'Ukraine.",
			[]string{"support:FR>UA:sovereignty:support", "support:FR>UA:territorial_integrity:support", "support:ML>UA:sovereignty:support", "support:ML>UA:territorial_integrity:support"}, nil},
		{"en el país: the country the text is about",
			"El presidente Luis Soto recibió las cartas credenciales de los nuevos embajadores en el país: Ali Rezai, de Irán, y Pedro Gil, de Venezuela. Soto destacó las relaciones de Guatemala con ambos países y el papel de Guatemala en la región.",
			[]string{"office:soto:GT:head_of_state", "event:credentials:held:GT,IR", "event:credentials:held:GT,VE"}, []string{"office:soto:IR:head_of_state"}},
		{"a receiver named by a title alone receives two guests",
			"ALGER, 12 mars (APS) - Le président du Conseil de la nation, Karim Benali, a reçu mardi l'ambassadeur du Japon, Ken Sato.\n\nLe président du Conseil de la nation a également reçu le Premier ministre éthiopien, Abebe Tesfaye, en visite de travail en Algérie, ainsi que le vice-président du Groupe d'amitié France-Algérie du Sénat français, Jean Dupré.",
			[]string{"event:meeting:held:DZ,ET", "event:meeting:held:DZ,FR", "event:meeting:held:DZ,JP", "event:visit:held:DZ,ET"},
			[]string{"event:meeting:held:ET,FR", "event:visit:held:DZ,ET,FR"}},
		{"a shorter title takes up the receiver named before",
			"MADRID, 3 may (EFE) - El presidente del Senado de España, Luis Prieto, recibió al embajador de Japón, Ken Sato. El presidente del Senado recibió también al primer ministro etíope, Abebe Tesfaye, y al ministro de Exteriores de Chile, Pedro Soto.",
			[]string{"event:meeting:held:ES,ET", "event:meeting:held:CL,ES", "event:meeting:held:ES,JP", "office:prieto:ES:official"},
			[]string{"event:meeting:held:CL,ET"}},
		{"the Speaker of Parliament is an official",
			"ACCRA, May 3 - The Speaker of Parliament, Kofi Mensah, received the Ambassador of Japan, Ken Sato. The Speaker also received Ethiopian Prime Minister Abebe Tesfaye.",
			[]string{"office:mensah:GH:official", "event:meeting:held:ET,GH", "event:meeting:held:GH,JP"}, nil},
		{"a trilateral reception stays one meeting",
			"RABAT, 3 mai (MAP) - Le ministre des Affaires étrangères, Karim Alaoui, a reçu conjointement le ministre malien des Affaires étrangères, Abdou Traoré, et son homologue nigérien, Issa Moussa.",
			[]string{"event:meeting:held:MA,ML,NE"}, []string{"event:meeting:held:MA,ML"}},
		{"a former ambassador is no office",
			"Pedro Gil fue embajador de Chile en Perú entre 2010 y 2014.",
			nil, []string{"office:gil:CL:ambassador"}},
		{"an explicit supporter is not replaced by the joint subject",
			"RABAT, 3 mai (MAP) - Le ministre des Affaires étrangères, Karim Alaoui, s'est entretenu avec son homologue malien, Abdou Traoré. Les deux ministres ont salué le soutien du Sénégal à l'intégrité territoriale de la Libye.",
			[]string{"support:SN>LY:territorial_integrity:support"}, []string{"support:MA>LY:territorial_integrity:support"}},
		{"conveying the message that is no message",
			"WASHINGTON - Secretary Tom Reed met Ukrainian Foreign Minister Olena Bondar and conveyed the message that the United States stands with Ukraine.",
			[]string{"event:meeting:held:UA,US"}, []string{"event:message:held:UA,US"}},
		{"delivered a letter",
			"WASHINGTON - Secretary Tom Reed delivered a letter from the President to Ukrainian Foreign Minister Olena Bondar.",
			[]string{"event:message:held:UA,US"}, nil},
		{"a copy of a letter of credence is no message",
			"RABAT, 3 mai (MAP) - Le nouvel ambassadeur du Japon, Ken Sato, a remis une copie de sa lettre de créance au ministre des Affaires étrangères, Karim Alaoui.",
			[]string{"event:credentials:held:JP,MA"}, []string{"event:message:held:JP,MA"}},
		{"no host named: no credentials event between two senders",
			"Los embajadores de Irán, Ali Rezai, y de Venezuela, Pedro Gil, presentaron sus cartas credenciales al presidente Luis Soto.",
			[]string{"office:rezai:IR:ambassador", "office:gil:VE:ambassador"}, []string{"event:credentials:held:IR,VE", "office:soto:IR:head_of_state"}},
		{"a Spanish wire dateline abroad: Spain is a sender, the dateline state the host",
			"CIUDAD DE GUATEMALA, 3 mar (EFE) - El presidente de la República, Juan Ortega, recibió las cartas credenciales de los embajadores de España y México.",
			[]string{"office:ortega:GT:head_of_state", "event:credentials:held:ES,GT", "event:credentials:held:GT,MX"},
			[]string{"office:ortega:ES:head_of_state"}},
	})
}

// TestMessageCarrier checks that the carrier reported with a pronoun takes
// part in the message with the sender and the recipient.
func TestMessageCarrier(t *testing.T) {
	txt := "ALGER, 5 mai (APS) - M. Karim Said, envoyé spécial du Président des Emirats Arabes Unis, Khalifa Nahri, a été reçu par le Président Ali Benamar. Il était venu transmettre au Président Benamar le message de Khalifa Nahri, Président des Emirats."
	c, err := New(Options{}).Extract(context.Background(), loader.TextInput{ID: "t", Data: []byte(txt)})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, e := range c.Document.Entities {
		if e.Type == diplograph.TypeEvent {
			kinds[e.ID] = e.Props["kind"].(string)
		}
	}
	got := map[string]bool{}
	for _, r := range c.Document.Relations {
		if r.Type == diplograph.RelParticipatedIn && kinds[r.To] == "message" {
			got[r.From] = true
		}
	}
	for _, want := range []string{"person:karim-said", "person:khalifa-nahri", "person:ali-benamar"} {
		if !got[want] {
			t.Errorf("%s does not take part in the message; participants %v", want, got)
		}
	}
}

// TestCredentialsListPersons checks that ambassadors named after a first
// sentence listing their states take part in the credentials events.
func TestCredentialsListPersons(t *testing.T) {
	txt := "GUATEMALA, 3 mar - El presidente Luis Soto recibió las cartas credenciales de los nuevos embajadores de Chile y Perú.\n\nPresentaron sus cartas la embajadora de Chile, Ana Ruiz, y el embajador del Perú, Juan Paz."
	c, err := New(Options{}).Extract(context.Background(), loader.TextInput{ID: "t", Data: []byte(txt)})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, e := range c.Document.Entities {
		if e.Type == diplograph.TypeEvent {
			kinds[e.ID] = e.Props["kind"].(string)
		}
	}
	got := map[string]bool{}
	for _, r := range c.Document.Relations {
		if r.Type == diplograph.RelParticipatedIn && kinds[r.To] == "credentials" {
			got[r.From] = true
		}
	}
	for _, want := range []string{"person:ana-ruiz", "person:juan-paz"} {
		if !got[want] {
			t.Errorf("%s does not take part in a credentials event; participants %v", want, got)
		}
	}
	if f := facts(t, txt); !slices.Contains(f, "event:credentials:held:CL,GT") || !slices.Contains(f, "event:credentials:held:GT,PE") {
		t.Errorf("missing credentials events: %v", f)
	}
}
