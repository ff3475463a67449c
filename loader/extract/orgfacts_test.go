package extract

import "testing"

// Sentences written for these tests; each case exercises one rule of
// orgfacts.go (or the parts of positions.go it extends).

func TestPluralMissions(t *testing.T) {
	runCases(t, []ruleCase{
		{"coordinated senders, their consulates", "date 2021-03\nLa Guinée et le Libéria ont inauguré lundi leurs consulats généraux à Dakhla, en présence du ministre.",
			[]string{"mission:consulate:GN>MA:Dakhla:opened", "mission:consulate:LR>MA:Dakhla:opened"}, nil},
		{"agent and list of capitals", "date 2019-05\nLe ministre a annoncé l'ouverture prochaine par le Mali de deux nouvelles ambassades en Asie, à Tokyo (Japon) et Séoul (Corée du Sud).",
			[]string{"mission:embassy:ML>JP:Tokyo:announced", "mission:embassy:ML>KR:Séoul:announced"}, nil},
		{"genitive list of senders in a city", "date 2022-01\nLa ville de Laâyoune accueille déjà les représentations consulaires du Gabon, du Burundi et de la Zambie.",
			[]string{"mission:consulate:GA>MA:Laâyoune:exists", "mission:consulate:BI>MA:Laâyoune:exists", "mission:consulate:ZM>MA:Laâyoune:exists"}, nil},
		{"items distributed over the next sentence", "date 2024-02\nLe gouvernement prévoit d'ouvrir trois nouvelles ambassades du Niger. La première sera ouverte à Rabat, la deuxième à Ankara et la troisième ambassade à Abou Dhabi, la capitale des Émirats.",
			[]string{"mission:embassy:NE>MA:Rabat:announced", "mission:embassy:NE>TR:Ankara:announced", "mission:embassy:NE>AE:Abou Dhabi:announced"},
			[]string{"mission:embassy:TR>AE:Abou Dhabi:announced"}},
		{"interest is not a mission", "date 2016-05\nEl Perú está interesado en incorporarse a las embajadas chilenas en Kenia y Etiopía.",
			nil, []string{"mission:embassy:CL>KE::exists", "mission:embassy:CL>ET::exists"}},
	})
}

func TestMissionFrames(t *testing.T) {
	runCases(t, []ruleCase{
		{"topic frame names the host", "date 2013-02\nLe ministre sénégalais des Affaires étrangères, Awa Fall, a présenté à Dakar les projets de la diplomatie sénégalaise. Pour le Bénin, il s'agira de transformer le consulat général en ambassade.",
			[]string{"mission:consulate:SN>BJ::exists"}, []string{"mission:consulate:BJ>SN::exists", "mission:embassy:BJ>SN::exists"}},
		{"our embassy is the one reported", "date 2025-01\nLe diplomate russe a annoncé l'ouverture prochaine de l'ambassade de Russie à Maputo. Il a confirmé l'installation d'une représentation permanente russe dans la capitale mozambicaine : « L'ouverture de notre ambassade sera effective l'an prochain ».",
			[]string{"mission:embassy:RU>MZ:Maputo:announced"}, []string{"mission:embassy:MZ>RU::opened", "mission:embassy:MZ>RU::announced"}},
	})
}

func TestMemberFacts(t *testing.T) {
	runCases(t, []ruleCase{
		{"observers as a list", "date 2019-11\nLe Chili, la Lettonie et le Québec ont été admis mardi en tant qu'observateurs de l'Organisation internationale de la Francophonie (OIF).",
			[]string{"member:CL:OIF:observer", "member:LV:OIF:observer"}, nil},
		{"election observers are not a status", "date 2019-11\nAu Niger, les observateurs de l'Union africaine ont salué le calme du scrutin.",
			nil, []string{"member:NE:AFRICAN UNION:observer"}},
		{"member list after the organisation", "date 2012-07\nLos países miembros de la Comunidad Andina (CAN) -Bolivia, Colombia, Ecuador y Perú- firmaron ayer en Lima una declaración conjunta.",
			[]string{"member:BO:Andean Community:member", "member:CO:Andean Community:member", "member:EC:Andean Community:member", "member:PE:Andean Community:member"}, nil},
		{"protocol of accession", "date 2015-07\nLos presidentes del bloque firmaron en Brasilia el protocolo de adhesión de Ecuador al Mercosur.",
			[]string{"member:EC:MERCOSUR:joined"}, nil},
		{"return to the organisation", "date 2013-09\nEl canciller celebró la vuelta de Venezuela al Mercosur tras dos años de suspensión.",
			[]string{"member:VE:MERCOSUR:joined"}, nil},
		{"postverbal joiner of this alliance", "date 2023-05\nChile y Perú fundaron la Alianza del Pacífico. A esta alianza, pensada para integrar sus mercados, también se unió Colombia.",
			[]string{"member:CO:Pacific Alliance:joined"}, nil},
		{"founders with a companion", "date 2024-08\nPanamá y Costa Rica estrecharon sus lazos mediante la creación, junto con Chile, de la Alianza del Pacífico.",
			[]string{"member:PA:Pacific Alliance:member", "member:CR:Pacific Alliance:member", "member:CL:Pacific Alliance:member"}, nil},
	})
}

func TestSupportFacts(t *testing.T) {
	runCases(t, []ruleCase{
		{"a claim over a territory", "date 2024-03\nL'ambassadeur a réaffirmé le soutien de la Chine à la revendication argentine sur les îles Malouines.",
			[]string{"support:CN>AR:sovereignty:support"}, nil},
		{"support for a transition process", "date 2023-01\nLe ministre sénégalais des Affaires étrangères, Awa Fall, a été reçu à Conakry par le président guinéen, Mamadi Camara. Il a réaffirmé le plein soutien du Sénégal au processus de transition.",
			[]string{"support:SN>GN:other:support"}, nil},
		{"support for an organisation's integration process", "date 2018-04\nEl Ecuador reiteró su total apoyo al proceso de integración de la Unasur.",
			[]string{"support:EC>UNASUR:other:support"}, nil},
		{"a process without a support word is no position", "date 2018-04\nEl proceso de integración de la Unasur atraviesa una crisis, según el Ecuador.",
			nil, []string{"support:EC>UNASUR:other:support"}},
		{"the members of organisations are not the organisations", "date 2005-07\nTodos los países de la Comunidad Andina y del Mercosur respaldan la candidatura del Perú al Consejo de Seguridad.",
			nil, []string{"support:MERCOSUR>PE:candidacy:support", "support:Andean Community>PE:candidacy:support"}},
	})
}

func TestBidsAndEntries(t *testing.T) {
	runCases(t, []ruleCase{
		{"a state's bids to organisations", "date 2022-06\nThe minister said that New Zealand would continue to support Fiji's economic recovery, OECD and WTO bids, and its climate priorities.",
			[]string{"member:FJ:OECD:applied", "member:FJ:WTO:applied", "support:NZ>FJ:candidacy:support"}, nil},
		{"a vote for a state's entry into a body", "date 2016-07\nEl canciller agradeció el voto de Qatar a favor de la entrada de Guatemala al Consejo de Seguridad.",
			[]string{"member:GT:UNSC:member", "support:QA>GT:candidacy:support"}, nil},
		{"an entry not governed by a vote is not a candidacy", "date 2016-07\nLa entrada de Guatemala al Consejo de Seguridad fue comentada por la prensa de Qatar.",
			nil, []string{"support:QA>GT:candidacy:support"}},
		{"recognition noun", "WASHINGTON, May 3, 2021 - Secretary of State John Smith spoke today with Moroccan Foreign Minister Karim Alaoui. The United States reaffirmed its recognition of the sovereignty of the Kingdom of Morocco.",
			[]string{"support:US>MA:sovereignty:recognize"}, nil},
		{"plural observers after became", "date 2021-03\nLa Gambie et l'Irlande sont devenues observateurs de l'OIF.",
			[]string{"member:GM:OIF:observer", "member:IE:OIF:observer"}, nil},
		{"consulate decided", "date 2021-03\nThe government of Jordan has decided to open a consulate general in Dakhla.",
			[]string{"mission:consulate:JO>MA:Dakhla:announced"}, nil},
		{"support for a candidacy to a body", "date 2021-03\nEl Perú expresó su respaldo a la candidatura de Chile al Consejo de Seguridad.",
			[]string{"support:PE>CL:candidacy:support", "member:CL:UNSC:applied"}, nil},
	})
}

func TestOrgSeats(t *testing.T) {
	runCases(t, []ruleCase{
		{"host of the seat of the organisation named before", "date 2018-04\nLa Unasur atraviesa una crisis. El Perú, país que alberga la sede del organismo regional, pidió diálogo.",
			[]string{"hq:UNASUR:PE"}, nil},
		{"a host agreement is not the headquarters", "date 2019-02\nLe gouvernement béninois et l'OIF ont signé un nouvel accord de siège à Cotonou pour le bureau régional.",
			nil, []string{"hq:OIF:BJ"}},
		{"seat in a capital", "date 2021-03\nLos cancilleres se reunieron en la sede de la UNASUR en Quito.",
			[]string{"hq:UNASUR:EC"}, nil},
		{"organ of an organisation", "date 2021-03\nL'Université panafricaine, organe de l'Union africaine, a tenu son conseil.",
			[]string{"parent:PAU<AU"}, nil},
	})
}

func TestOrgInstitutions(t *testing.T) {
	runCases(t, []ruleCase{
		{"list of institutions and their seat", "date 2018-04-06\nAddis Ababa, 6 April 2018: The Commission and the Government of Senegal have signed two agreements on the following African Union (AU) Institutions:\n\n1- The agreement on the Pan African University (PAU) in Dakar;\n2- The agreement on the African Monetary Fund (AMF).\n\nThe signing makes it possible to operationalize the two institutions of the African Union headquartered, in Dakar, Senegal.",
			[]string{"parent:PAU<AU", "parent:AMF<AU", "hq:PAU:SN", "hq:AMF:SN"}, nil},
		{"institutions inside a name", "date 2025-05\nLe Conseil a examiné un accord de siège avec l'Organisation africaine des Institutions supérieures de contrôle des finances publiques (AFROSAI), en vertu duquel le Royaume du Maroc abritera le siège de ladite Organisation.",
			[]string{"hq:AFROSAI:MA"}, nil},
	})
}
