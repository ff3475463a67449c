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
		{"a surname right after a title names a person even before an apposition",
			"Tras reunirse con el canciller Prado, Luis Paz Mena confirmó que Perú respaldará a Chile.",
			nil, []string{"office:mena:PE:foreign_minister"}},
		{"an organisation's envoy inside a list of ambassadors does not end it",
			"RABAT, 3 mai (MAP) - Le ministre des Affaires étrangères, Karim Zouhair, a reçu les copies figurées des lettres de créance de plusieurs ambassadeurs. Il s'agit des ambassadeurs de la République du Pérou, Luis Paz Mena, du Fonds des Nations unies pour l'enfance, Marie Lenoir, et du Royaume de Norvège, Ola Berg.",
			[]string{"office:mena:PE:ambassador", "office:berg:NO:ambassador", "event:credentials:held:MA,NO", "event:credentials:held:MA,PE"}, nil},
		{"se citó con is a meeting and an invited visit is planned",
			"LIMA, 3 may (EFE).- El canciller de Perú, Luis Paz Mena, se citó con el canciller de Jordania, Omar Saleh, a quien invitó para que el rey Abdullah visite oficialmente el país.",
			[]string{"event:meeting:held:JO,PE", "event:visit:planned:JO,PE"}, nil},
		{"an ambassador's host in the title hosts the credentials",
			"Le nouvel ambassadeur du Pérou auprès de la République de Madagascar, Luis Paz Mena, a été reçu ce lundi au ministère pour la présentation des copies figurées de ses lettres de créance.",
			[]string{"office:mena:PE:ambassador", "event:credentials:held:MG,PE"}, nil},
		{"ambassadors posted to a capital and countries listed with dont",
			"Le palais présidentiel a accueilli ce matin la cérémonie au cours de laquelle le chef de l'État a reçu les lettres de créance des nouveaux ambassadeurs à Lima venus de huit pays, dont le Portugal, la Norvège ou encore le Ghana. À l'occasion de cette cérémonie, le président Luis Paz Mena a salué les diplomates.",
			[]string{"event:credentials:held:PE,PT", "event:credentials:held:NO,PE", "event:credentials:held:GH,PE", "office:mena:PE:head_of_state"}, nil},
		{"an official who receives an ambassador is not of the ambassador's state",
			"Tras la reunión bilateral argentino-chilena, la canciller Ana Ruiz se reunió con el embajador de Chile, Pablo Soto, con quien dialogó sobre la agenda entre ambos países.",
			[]string{"office:soto:CL:ambassador", "office:ruiz:AR:foreign_minister"}, []string{"office:ruiz:CL:foreign_minister"}},
		{"a visitor is not of the state visited",
			"Foreign Minister Tom Ward paid an official visit to Chile on 3 May, the ministry of Ghana said.",
			nil, []string{"office:ward:CL:foreign_minister"}},
		{"the visitor named in a relative clause is someone else",
			"External Affairs Minister Ravi Kumar held talks today in New Delhi with the Foreign Minister of Chile, Pablo Soto, who is on an official visit to India.",
			[]string{"office:soto:CL:foreign_minister"}, []string{"office:kumar:CL:foreign_minister"}},
		{"a minister delegate to another minister, and two persons joined by and the",
			"Abuja - Minister of Foreign Affairs John Okafor received in audience the Minister Delegate to the Ghanaian Minister of Foreign Affairs in charge of Relations with the Commonwealth, Ama Mensah. Later the minister and the Kenyan Ambassador to Nigeria, Peter Otieno, discussed trade.",
			[]string{"office:mensah:GH:minister", "office:otieno:KE:ambassador"}, []string{"office:otieno:KE:minister", "office:okafor:GH:foreign_minister"}},
		{"envoys of several states received: one audience each",
			"Abuja - Minister of Foreign Affairs John Okafor received the Ambassador of China to Nigeria, Li Wei. The Minister of Foreign Affairs also received in audience envoys of the Republic of Ghana and the Republic of Kenya.",
			[]string{"event:meeting:held:CN,NG", "event:meeting:held:GH,NG", "event:meeting:held:KE,NG"}, []string{"event:meeting:held:GH,KE"}},
	})
}
