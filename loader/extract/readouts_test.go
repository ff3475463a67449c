package extract

import (
	"context"
	"strings"
	"testing"

	"diplograph"
	"diplograph/loader"
)

// Patterns of real readouts that earlier rules got wrong. The sentences are
// written for these tests.

func TestReadoutPatterns(t *testing.T) {
	runCases(t, []ruleCase{
		{"a governor belongs to the state where the place lies, not to the visitors",
			"Le consulat général du Pérou a été inauguré jeudi à Dakhla par le ministre péruvien des Affaires étrangères, Luis Paz Mena, en présence du wali de la région, gouverneur de la province, Karim Zouhair.",
			[]string{"office:zouhair:MA:official"}, []string{"office:zouhair:PE:official"}},
		{"a name opening the main clause after a fronted phrase takes no title from it",
			"Le ministre des Affaires étrangères, Karim Zouhair, a reçu lundi à Rabat le ministre péruvien des Affaires étrangères, Luis Paz Mena. Lors de cet entretien avec son homologue marocain, M. Mena a salué la vision du Roi Mohammed VI.",
			[]string{"office:mena:PE:foreign_minister", "office:vi:MA:head_of_state"}, []string{"office:mena:MA:head_of_state", "office:mena:MA:foreign_minister"}},
		{"signatories for their sides, and the first of two surnames alone",
			"source: https://www.state.gov/memorandum\n\nThe memorandum was signed by Foreign Minister Ana Ruiz Castro from the Chilean side and by Under Secretary Tom Ward from the US side. Later Foreign Minister Ruiz met President Luis Paz of Peru.",
			[]string{"office:castro:CL:foreign_minister", "office:ward:US:official"}, []string{"office:ruiz:US:foreign_minister", "office:ruiz:CL:foreign_minister", "office:castro:US:foreign_minister"}},
		{"pour la partie marocaine names the signatory's state",
			"source: https://www.state.gov/accord\n\nL'accord a été signé par le ministre des Affaires étrangères Karim Zouhair pour la partie marocaine et par Luis Paz Mena, ministre des Affaires étrangères, pour la partie péruvienne.",
			[]string{"office:zouhair:MA:foreign_minister", "office:mena:PE:foreign_minister"}, nil},
		{"a foreign secretary beside a minister is a civil servant, never American",
			"source: https://www.state.gov/memorandum\n\nThe memorandum was signed by Foreign Minister Ana Ruiz Castro from the Nepali side and by Under Secretary Tom Ward from the US side. Foreign Secretary Ravi Thapa was also present.",
			[]string{"office:thapa:NP:official"}, []string{"office:thapa:US:foreign_minister"}},
		{"an ambassador près la République and en qualité d'ambassadeur",
			"Le président de la République, Luis Paz Mena, a reçu mardi à Lima les lettres de créance de deux ambassadeurs. Le premier, l'Ambassadeur extraordinaire et plénipotentiaire de la République du Sénégal près la République du Pérou, Mame Diop, avec résidence à Lima. Puis M. Tom Ward, en qualité d'Ambassadeur du Canada près la République du Pérou.",
			[]string{"office:diop:SN:ambassador", "office:ward:CA:ambassador"}, nil},
		{"a plural ambassadors' title before one state and a name",
			"Le ministre des Affaires étrangères Karim Zouhair a reçu jeudi les ambassadeurs du Pérou Luis Paz Mena, l'ambassadrice du Chili au Maroc, Ana Ruiz et l'ambassadeur du Canada Tom Ward.",
			[]string{"office:mena:PE:ambassador", "office:ruiz:CL:ambassador", "office:ward:CA:ambassador"}, []string{"office:mena:CL:ambassador"}},
		{"support for a state to assume a presidency is support for its candidacy",
			"El canciller chileno Pablo Soto se reunió con sus pares de Perú, Bolivia y Uruguay, a quienes agradeció el apoyo para que Chile asuma la presidencia pro tempore del bloque.",
			[]string{"support:PE>CL:candidacy:support", "support:BO>CL:candidacy:support", "support:UY>CL:candidacy:support"}, nil},
		{"the Emirates have a President, and a ruler of a city belongs to its state",
			"Sheikh Abdullah bin Zayed, Minister of Foreign Affairs of the UAE, spoke with Foreign Minister Karim Zouhair of Morocco. He conveyed the greetings of President Sheikh Khalifa bin Zayed Al Nahyan and of Sheikh Mohammed bin Rashid Al Maktoum, Prime Minister and Ruler of Dubai.",
			[]string{"office:nahyan:AE:head_of_state", "office:maktoum:AE:head_of_government"}, []string{"office:maktoum:MA:head_of_government"}},
		{"ministers present without a state serve the government whose leaders the text names without one",
			"Le Président de la République, Chef de l'Etat, Luis Paz Mena, a reçu samedi à Lima un émissaire du Président chilien Pablo Soto, M. Tom Ward, ministre délégué chilien. L'audience s'est déroulée en présence du ministre d'Etat à la Présidence, M. Omar Saleh, et du ministre directeur de Cabinet, M. Ana Ruiz.",
			[]string{"office:saleh:PE:minister", "office:ruiz:PE:minister"}, []string{"office:saleh:CL:minister", "office:ruiz:CL:minister"}},
		{"ambassadors listed with their names in parentheses",
			"Deputy Foreign Minister Omar Saleh of Jordan met the ambassadors of Chile (Ana Ruiz), Brazil (Tom Ward) and Mexico (Luis Paz).",
			[]string{"office:ruiz:CL:ambassador", "office:ward:BR:ambassador", "office:paz:MX:ambassador"}, nil},
		{"foreign ministers called secretaries",
			"The Philippine Secretary of Foreign Affairs Ana Ruiz met the Secretary of State for Foreign, Commonwealth and Development Affairs, Tom Ward, in London.",
			[]string{"office:ruiz:PH:foreign_minister", "office:ward:GB:foreign_minister"}, []string{"office:ruiz:PH:minister", "office:ward:GB:minister"}},
		{"a state asking to join applied, it did not join",
			"Le Pérou a demandé son adhésion à la CEDEAO. Peru formally requested membership of the African Union. Chile solicitó su ingreso en la OCDE.",
			[]string{"member:PE:ECOWAS:applied", "member:PE:AU:applied", "member:CL:OECD:applied"}, []string{"member:PE:ECOWAS:joined", "member:PE:AU:joined", "member:CL:OECD:joined"}},
		{"a tenure on a council is membership",
			"Foreign Minister Ana Ruiz of Peru stressed the importance of cooperation during Ghana's tenure on the Security Council.",
			[]string{"member:GH:UNSC:member"}, nil},
		{"an ambassador without a state is of the state whose embassy the text is about",
			"Con la presencia del canciller de Perú, Luis Paz, y de la embajadora Ana Ruiz, se inauguró la nueva sede de la Embajada de Perú en Bridgetown, Barbados.",
			[]string{"office:ruiz:PE:ambassador"}, nil},
		{"ambassadors listed as representing a state; an apostolic nuncio is no name",
			"Le ministre des Affaires étrangères du Bénin a reçu les copies figurées des lettres de créance de trois ambassadeurs. Il s'agit de Ana Ruiz de la Bulgarie ; de Tom Ward représentant le Royaume-Uni ; et du Nonce Apostolique représentant le Saint-Siège.",
			[]string{"office:ruiz:BG:ambassador", "office:ward:GB:ambassador"}, []string{"office:apostolique:VA:ambassador"}},
		{"a presidential republic has no prime minister",
			"source: https://www.dirco.gov.za/x\n\nThe Minister of International Relations and Cooperation, Ana Ruiz, will visit Mauritius for talks with her Mauritian counterpart Tom Ward. The Minister will also pay a courtesy call on the Prime Minister, Luis Paz.",
			[]string{"office:paz:MU:head_of_government"}, []string{"office:paz:ZA:head_of_government"}},
		{"a second minister of foreign affairs is a minister",
			"Brunei's Second Minister of Foreign Affairs Ana Ruiz met Singapore's Foreign Minister Tom Ward.",
			[]string{"office:ruiz:BN:minister", "office:ward:SG:foreign_minister"}, []string{"office:ruiz:BN:foreign_minister"}},
		{"former offices are not recorded",
			"Former Peruvian President Luis Paz met Ghana's President Tom Ward. El ex presidente de Chile, Pablo Soto, y l'ancien ministre malien Omar Saleh étaient présents.",
			[]string{"office:ward:GH:head_of_state"}, []string{"office:paz:PE:head_of_state", "office:soto:CL:head_of_state", "office:saleh:ML:minister"}},
		{"a former office holder met speaks for the state of his former office",
			"date 2024-05-10\n\nEl presidente de Guinea Ecuatorial, Tomás Ela, se reunió el lunes con Luis Paz, expresidente de Guinea Bissau, y Ana Ruiz, ministra de Relaciones Exteriores de Sudáfrica. Secretary Ward met former Colombian President Pablo Soto in Washington.",
			[]string{"event:meeting:held:GQ,GW", "event:meeting:held:GQ,ZA", "event:meeting:held:CO,US"}, []string{"office:paz:GW:head_of_state", "office:soto:CO:head_of_state"}},
		{"a high commissioner's credentials: accredited as, the receiver's minister joined him, the deputy is an official, a former acting one holds nothing",
			" date 2021-03-02 President Tom Ward receives the credentials of the new Canadian High Commissioner to Ghana\n\nOn Monday, President Tom Ward accepted the Letters of Credence from Mrs. Ana Ruiz, accrediting her as High Commissioner of Canada to Ghana. Both the President and the new High Commissioner spoke of trade. The Head of State was joined by the Minister of Trade, Dr. Luis Paz, and the Permanent Secretary of the Ministry of Foreign Affairs and Regional Co-operation, Mrs. Eva Mensah; Mrs. Ruiz was accompanied by the Deputy Canadian High Commissioner, Mr. Omar Saleh. Former Acting High Commissioner of Canada to Ghana, Mr. Pablo Soto, who served as Canada's Ambassador to Peru until last year, returns to Ottawa.",
			[]string{"office:ward:GH:head_of_state", "office:ruiz:CA:ambassador", "office:paz:GH:minister", "office:mensah:GH:official", "office:saleh:CA:official", "event:credentials:held:CA,GH"},
			[]string{"office:ward:PE:head_of_state", "office:saleh:CA:ambassador", "office:soto:CA:ambassador", "office:high:GH:head_of_state"}},
		{"a relative clause adds an office; a state's acronym the text defines names it; an exchange of notes is an agreement; support for a state's position",
			" date 2018-11-16 Talks in the Pacific\n\nMr. Luis Paz, Minister for Foreign Affairs of Japan, who is in Papua New Guinea (PNG) this week, met Deputy Prime Minister Tom Ward. Paz also hosted lunch for Ward who is also foreign minister of PNG. The meeting was preceded by a signing ceremony for the Exchange of Notes on textbooks that Japan gives PNG. Minister Ward expressed his support for Japan's position regarding the region.",
			[]string{"office:ward:PG:deputy_prime_minister", "office:ward:PG:foreign_minister", "event:agreement:held:JP,PG", "support:PG>JP:other:support"}, nil},
		{"a visit to a palace is a call, not a trip; ministers who concurred on holding a meeting plan it",
			" date 2020-01-10 The governments of Chile and Japan concurred on holding another ministerial meeting in 2020.\n\nChile's Foreign Minister Ana Ruiz met her Japanese counterpart Luis Paz in Santiago on Friday. Before that meeting, Paz paid an official visit to the La Moneda Palace and met Chile's President Tom Ward.",
			[]string{"event:meeting:planned:CL,JP", "event:meeting:held:CL,JP"}, []string{"event:visit:held:CL,JP", "event:meeting:held:CL"}},
		{"a bare title stands for the one titled so; states coordinated after a topic preposition are topics",
			"date 2018-01-23\n\nLuis Paz, the British Foreign Secretary, has today met with Tom Ward, the US Secretary of State, to discuss trade. The Foreign Secretary will meet Secretary Ward in Paris tomorrow for discussions on Syria and Yemen.",
			[]string{"event:meeting:held:GB,US", "event:meeting:planned:GB,US"}, []string{"event:meeting:planned:US,YE", "event:meeting:planned:GB,US,YE"}},
		{"support for the re-appointment of an organisation's head is a candidacy support for the organisation",
			"date 2021-03-19\n\nForeign Minister Luis Paz of Peru held a telephone conversation with the United Nations Secretary-General, Tom Ward. The Foreign Minister expressed Peru's full support for Mr. Ward's re-appointment for a second term.",
			[]string{"support:PE>UN:candidacy:support"}, nil},
		{"the founding members listed are members; an organisation's name qualifying another one is not the one joined",
			"date 2023-08\n\nEgypt officially joined BRICS after its application was ratified by the five founding nations, Brazil, Russia, India, China and South Africa. Egypt also joined the BRICS New Development Bank in 2021.",
			[]string{"member:EG:BRICS:joined", "member:BR:BRICS:member", "member:ZA:BRICS:member", "member:EG:NDB:joined"}, nil},
		{"an envoy delivering an invitation carries a message",
			"date 2021-08-11\n\nWhile in Lima, Minister Ana Ruiz of Kenya will deliver an invitation from President Tom Ward of Kenya to President Luis Paz of Peru.",
			[]string{"event:message:planned:KE,PE"}, nil},
		{"Madam and CS are no names; a fronted phrase's title is not the subject's; the UN Office at Nairobi is an organisation of the UN",
			"date 2022-11-16\n\nDr. Luis Paz, Cabinet Secretary for Foreign Affairs of Kenya, held discussions with H.E. Ana Ruiz, U.S. Ambassador to Kenya, and H.E. Madam Eva Mensah, Director General of the United Nations Office at Nairobi (UNON). During the meeting with the US Ambassador, CS Paz acknowledged the strong relations between the two countries.",
			[]string{"office:paz:KE:foreign_minister", "office:ruiz:US:ambassador", "office:mensah:UNON:secretary_general", "parent:UNON<UN"}, []string{"office:paz:US:ambassador", "office:mensah:UN:secretary_general"}},
		{"a delegation carrying messages of the current president",
			"date 2024-05-10\n\nEl presidente de Guinea Ecuatorial, Tomás Ela, recibió el lunes a la delegación de Gabón, que llevaba consigo mensajes del presidente del país, Luis Paz. La delegación de Ghana traía un mensaje del actual presidente, Ana Ruiz.",
			[]string{"event:message:held:GA,GQ", "event:message:held:GH,GQ"}, nil},
		{"the importance of respecting a sovereignty is a stance on it; a solution framed by it is not",
			"date 2020-04-08\n\nLe ministre des Affaires étrangères du Pérou, Luis Paz, a souligné l'importance du respect de la souveraineté et de l'unité territoriale de la Syrie. Le plan présenté par le Chili est une base sérieuse pour un règlement dans le cadre du respect de l'intégrité territoriale de la Bolivie.",
			[]string{"support:PE>SY:sovereignty:support", "support:PE>SY:territorial_integrity:support"}, []string{"support:PE>BO:territorial_integrity:support", "support:CL>BO:territorial_integrity:support"}},
		{"a sentence adverb is no name",
			"date 2011-10-22\n\nAsí, el embajador venezolano ante la ONU, Luis Paz, afirmó que los países del bloque se proponen superar la desigualdad. Ainsi, l'ambassadeur du Mali, Omar Saleh, a salué la décision.",
			[]string{"office:paz:VE:ambassador", "office:saleh:ML:ambassador"}, []string{"office:asi:VE:ambassador", "office:ainsi:ML:ambassador"}},
		{"elliptic titles continue a list of ambassadors; a representative accredited as ambassador is one",
			"date 2021-02-05\n\nEl Rey Felipe VI ha recibido este viernes las cartas credenciales de cinco nuevos embajadores, entre ellos el de Chile, Luis Paz. La primera en acreditarse como embajadora en España ha sido la representante del Principado de Mónaco, Ana Ruiz. Después lo han hecho la nueva embajadora de Chipre, Eva Mensah; el de Ghana, Tom Ward, y la de Uruguay, Teresa Soto.",
			[]string{"office:paz:CL:ambassador", "office:ruiz:MC:ambassador", "office:ward:GH:ambassador", "office:soto:UY:ambassador", "event:credentials:held:ES,GH", "event:credentials:held:ES,UY", "event:credentials:held:ES,MC"}, []string{"office:paz:CL:head_of_state", "office:ruiz:MC:official"}},
		{"a colleague is a counterpart; a jefa de la diplomacia is a foreign minister",
			"date 2021-02-01\n\nEl ministro de Asuntos Exteriores de Cuba, Luis Paz, ha coincidido con su colega española, Ana Ruiz, en la voluntad de impulsar el diálogo. La jefa de la diplomacia chilena, Eva Soto, también habló con él.",
			[]string{"office:ruiz:ES:foreign_minister", "office:soto:CL:foreign_minister"}, nil},
		{"a new ambassador's apposition; an apposition ends before a new subject and its verb",
			"date 2021-05-10\n\nEl presidente de la República, Luis Paz, recibió las cartas credenciales de Ana Ruiz Soto, nueva embajadora del Reino de España ante el Gobierno paraguayo. Al recibir al señor Tom Ward, nuevo embajador de Chile, el Presidente paraguayo subrayó las relaciones entre ambos pueblos.",
			[]string{"office:soto:ES:ambassador", "office:ward:CL:ambassador"}, []string{"office:ward:PY:head_of_state"}},
		{"an organisation's ambassador; an ambassador to an organisation is his state's; a name after \"y de\" is the next person",
			"date 2021-05-10\n\nEl presidente recibió las cartas credenciales de Ana Ruiz, nueva embajadora de España, y de Luis Paz, nuevo embajador de la Unión Europea en nuestro país. Tom Ward, ambassador of Peru to the African Union, also attended.",
			[]string{"office:ruiz:ES:ambassador", "office:paz:EU:ambassador", "office:ward:PE:ambassador"}, []string{"office:ward:AFRICAN UNION:ambassador"}},
		{"an organisation without envoys of its own before \"ambassador\" is the host",
			"date 2019-05-20\n\nThe accreditation of CARICOM ambassador, Luis Paz, followed in March.",
			nil, []string{"office:paz:CARICOM:ambassador"}},
		{"a title before \", le président X\" is another person's; a rank before the name is an honorific",
			"date 2017-02-10\n\nEn s'adressant à l'ambassadeur du Pakistan, le président djiboutien Luis Paz a évoqué les affinités culturelles. Le ministre a reçu le sous-secrétaire d'Etat aux affaires politiques des États-Unis, l'Ambassadeur Tom Ward.",
			[]string{"office:paz:DJ:head_of_state", "office:ward:US:official"}, []string{"office:paz:PK:ambassador", "office:paz:PK:head_of_state"}},
		{"a title, a conjunction and an honorific: the title is the first person's; a minister of state who is foreign minister holds both roles",
			"date 2021-05-12\n\nLe ministre des Affaires étrangères du Pérou, Luis Paz, s'est entretenu avec la ministre d'État, ministre des Affaires étrangères de Côte d'Ivoire, Ana Ruiz. La ministre d'État ivoirienne et M. Paz ont réaffirmé la volonté de leurs Chefs d'État.",
			[]string{"office:paz:PE:foreign_minister", "office:ruiz:CI:foreign_minister", "office:ruiz:CI:minister"}, []string{"office:paz:CI:minister"}},
		{"an adverb inside the meeting verb; a conversation told after a series of calls is a call",
			"date 2024-05-04\n\nLuis Paz, ministre des Affaires étrangères du Pérou, s'est ainsi entretenu avec le chef de la diplomatie azerbaïdjanaise, Omar Saleh, et avec le ministre turc des Affaires étrangères, Tom Ward.",
			[]string{"event:meeting:held:AZ,PE", "event:meeting:held:PE,TR"}, nil},
		{"a conversation told after a series of calls is a call",
			"date 2024-05-04\n\nLe ministre chilien des Affaires étrangères, Ana Ruiz, a effectué mardi une série d'appels téléphoniques avec quatre de ses homologues. Ana Ruiz s'est d'abord entretenue avec son homologue tunisien Pablo Soto.",
			[]string{"event:phone_call:held:CL,TN"}, []string{"event:meeting:held:CL,TN"}},
		{"a region is no name; a father's name ends no family; the first vice-prime minister; two princes of one family are two persons",
			"date 2019-04-10\n\nA Koweït city, première étape de sa tournée dans des pays du Golfe, le chef de la diplomatie marocaine a été reçu par le prince héritier koweïtien, Tamim Al-Ahmad Al-Sabah. Il s'est ensuite entretenu avec Nasser Omar Al-Sabah, premier vice-Premier ministre du Koweït. Nawaf Luis Al-Jaber Al-Sabah était présent. A Ryad, il a été reçu par le prince héritier saoudien, Mohamed Ben Salmane. Le lendemain, il a remis un message au Roi saoudien Salmane.",
			[]string{"office:al-sabah:KW:deputy_prime_minister", "office:salmane:SA:head_of_state", "office:salmane:SA:official"}, []string{"office:golfe:MA:foreign_minister"}},
		{"a dateline with the year after a comma names the agency's state; a leader given his state beside the name is no default for ministers; the UAE's non-resident ambassador; the Holy See's titles",
			" date 2019-09-30 Tonga opens an embassy\n\nABU DHABI, 30th September, 2019 (WAM) – King Luis Paz of Tonga today opened his country's first embassy in Abu Dhabi in the presence of Omar Saleh, Minister of State. The ceremony was attended by Ana Ruiz, the UAE's non-resident Ambassador to Tonga. Further, the minister met Cardinal Tom Ward, the Vatican's Secretary of State, and Archbishop Eva Soto, the Holy See's Secretary for Relations with States.",
			[]string{"office:saleh:AE:minister", "office:ruiz:AE:ambassador", "office:ward:VA:official", "office:soto:VA:foreign_minister"}, []string{"office:saleh:TO:minister", "office:further:AE:minister"}},
		{"a portfolio of responsibility for a sector stays in the title",
			"date 2019-05-20\n\nBRIDGETOWN, Barbados (BGIS) – Minister of foreign affairs and senior minister with responsibility for the productive sector, Luis Paz and his counterpart, Ana Ruiz, minister of foreign affairs of Jamaica, signed the MoU.",
			[]string{"office:paz:BB:foreign_minister", "office:paz:BB:minister", "office:ruiz:JM:foreign_minister"}, nil},
		{"a letter sent to someone; a counterpart not met is the other side",
			"date 2024-04-10\n\nLIMA: Foreign Minister Luis Paz of Peru received a call from Tom Ward, Secretary of State for Foreign Affairs of the United Kingdom. Earlier, his British counterpart had sent him a letter. He, while in London, did not get to meet his British counterpart, but held separate meetings with UK Minister of State for South Asia, Lord Omar Saleh, and Minister of State for Development, Pablo Soto.",
			[]string{"event:message:held:GB,PE", "office:soto:GB:minister", "office:saleh:GB:minister"}, []string{"office:soto:PE:minister"}},
		{"a stateless title completed by an accreditation; a protocol director; a department's name is no person; a Spanish name with the mother's family name",
			"date 2023-01-23\n\nLa Embajadora Ana Ruiz Soto presentó ante la cancillería española las copias de estilo que la acreditan como Embajadora de la República Bolivariana de Venezuela ante el Reino de España, confirmando el reconocimiento del gobierno del Presidente Nicolás Maduro Moros. La Directora General de Protocolo, Cancillería y Órdenes, Eva Mensah, recibió las credenciales en el Ministerio de Asuntos Exteriores, Unión Europea y Cooperación.",
			[]string{"office:soto:VE:ambassador", "office:moros:VE:head_of_state", "office:mensah:ES:official"}, []string{"office:ordenes:ES:official", "office:mensah:EU:secretary_general", "office:moros:ES:head_of_state"}},
		{"states that open missions together, the subjects of a plural verb",
			"date 2020-09-04\n\nLa République de Guinée Équatoriale, la République de Guinée-Bissau ainsi que la République du Burkina Faso, ont ouvert vendredi des consulats généraux à Dakhla.",
			[]string{"mission:consulate:GQ>MA:Dakhla:opened", "mission:consulate:GW>MA:Dakhla:opened", "mission:consulate:BF>MA:Dakhla:opened"}, nil},
		{"his counterparts listed with their demonyms",
			"date 2020-09-04\n\nLa cérémonie s'est déroulée en présence du ministre des Affaires étrangères du Pérou, Luis Paz, et de ses homologues équato-guinéen, Tom Ward, bissau-guinéenne, Mme Ana Ruiz et burkinabè, M. Omar Saleh.",
			[]string{"office:ward:GQ:foreign_minister", "office:ruiz:GW:foreign_minister", "office:saleh:BF:foreign_minister"}, nil},
		{"a vicecanciller is an official",
			"En la reunión participaron el vicecanciller ecuatoriano Jaime Soto y la vicecancillera de Chile, Ana Ruiz.",
			[]string{"office:soto:EC:official", "office:ruiz:CL:official"}, nil},
		{"titles of officials: permanent secretary, chief of staff, spokesman of the government, diplomatic adviser",
			"Peru's Permanent Secretary of the Ministry of Foreign Affairs, Tom Ward, met Chile's President Ana Ruiz. Le porte-parole du gouvernement péruvien, Luis Paz, et le conseiller diplomatique du président péruvien, Omar Saleh, étaient présents. El jefe de gabinete de la Cancillería de Perú, Pablo Soto, también.",
			[]string{"office:ward:PE:official", "office:paz:PE:official", "office:saleh:PE:official", "office:soto:PE:official"}, []string{"office:ward:PE:foreign_minister", "office:saleh:PE:head_of_state"}},
		{"heads of government and commissions: the president of the council of ministers, the chairperson of the AU Commission",
			"El presidente del Consejo de Ministros de Perú, Tom Ward, recibió a Moussa Diop, Chairperson of the AU Commission.",
			[]string{"office:ward:PE:head_of_government", "office:diop:AU:secretary_general"}, nil},
		{"a name glued by hard wrapping is split, a place glued to a name is not",
			"Foreign Minister AnaRuiz of Peru spoke with Foreign Minister Tom Ward of Chile. Ruiz invited Ward to Lima. The envoys were Mr. Luis PazofChile and Mr. Omar MacArthur of Jordan.",
			[]string{"office:ruiz:PE:foreign_minister"}, []string{"office:anaruiz:PE:foreign_minister", "office:arthur:JO:ambassador"}},
		{"an invitation for someone to visit, after the meeting just reported",
			"QUITO - El vicecanciller ecuatoriano Jaime Soto recibió a la subsecretaria chilena Ana Ruiz. Al concluir la reunión, Soto reiteró la invitación para que el presidente chileno, Luis Paz, visite Ecuador.",
			[]string{"event:meeting:held:CL,EC", "event:visit:planned:CL,EC"}, []string{"event:meeting:planned:CL,EC"}},
		{"periodic consultations to be held",
			"Officials of Nepal and Peru will hold periodic consultations alternately in Kathmandu and Lima. Chile y Perú acordaron celebrar consultas bilaterales cada año.",
			[]string{"event:consultations:planned:NP,PE", "event:consultations:planned:CL,PE"}, nil},
		{"PM and FM before a name, a telephonic conversation, a headline visit to come, an acronym is no name",
			"Foreign Minister Ana Ruiz Castro to visit India\n\nIndian PM Tom Ward met President Luis Paz of Peru at 10 pm Monday. External Affairs Minister Omar Saleh of India had a telephonic conversation with Foreign Minister Ana Ruiz Castro of Chile. Following the signing of the MOU, FM Ruiz left.",
			[]string{"office:ward:IN:head_of_government", "event:phone_call:held:CL,IN", "event:visit:planned:CL,IN"}, []string{"event:visit:held:CL,IN", "office:mou:CL:foreign_minister", "office:mou:IN:foreign_minister"}},
		{"who invites someone to visit a state is that state's",
			"COLOMBO - Sri Lanka's new government took over. Prime Minister Tom Ward had earlier invited President Luis Paz to visit India. El presidente Omar Saleh invitó al canciller Pablo Soto a visitar Chile.",
			[]string{"office:ward:IN:head_of_government", "office:saleh:CL:head_of_state"}, []string{"office:ward:LK:head_of_government"}},
		{"a deputy secretary of state is American even when the text does not name the United States",
			"Deputy Secretary of State Tom Ward met today with Peruvian Vice Minister of Foreign Affairs Luis Paz.",
			[]string{"office:ward:US:official", "event:meeting:held:PE,US"}, nil},
		{"an event this one follows is background",
			"RABAT, 12 mars (MAP) - Le ministre des Affaires étrangères, Karim Zouhair, a reçu mardi à Rabat son homologue péruvien, Luis Paz. Cette visite intervient après l'entretien téléphonique tenu en janvier entre les deux ministres.",
			[]string{"event:meeting:held:MA,PE"}, []string{"event:phone_call:held:MA,PE"}},
		{"an English candidacy to a council is an application, and a place is no supporter",
			"Secretary of State Tom Ward thanked Kenya for its leadership of the security mission in Haiti and welcomed Kenya's candidacy for a non-permanent seat on the UN Security Council. Chile backs the candidacy of Peru to the Human Rights Council.",
			[]string{"member:KE:UNSC:applied", "member:PE:UNHRC:applied", "support:US>KE:candidacy:support", "support:CL>PE:candidacy:support"}, []string{"support:HT>KE:candidacy:support"}},
		{"a passive reception by a president during a visit; an adverb is no name; the mandatario; a candidate member applied",
			"Santiago, 14 de mayo de 2024. El canciller Pablo Soto recibió a su par de Costa Rica, Ana Ruiz, quien realiza una visita oficial a Chile. Posteriormente, la ministra costarricense fue recibida en La Moneda por el presidente Luis Paz, a quien transmitió los saludos del mandatario Omar Saleh. Costa Rica es candidato a miembro pleno de la Alianza del Pacífico.",
			[]string{"office:paz:CL:head_of_state", "office:saleh:CR:head_of_state", "event:meeting:held:CL,CR", "member:CR:Pacific Alliance:applied"}, []string{"office:posteriormente:CR:minister", "member:CR:Pacific Alliance:member"}},
		{"a welcome at the airport is no meeting",
			"El presidente de Costa Rica, Ana Ruiz, fue recibido en el Aeropuerto de Tocumen por el vicecanciller panameño Pablo Soto, tras llegar a Panamá en visita oficial.",
			[]string{"event:visit:held:CR,PA"}, []string{"event:meeting:held:CR,PA"}},
		{"whose headquarters: the organisation named right before",
			"Suriname, which joined the Organisation of Islamic Cooperation in 1996, is also a member of CARICOM, whose headquarters are in Georgetown, Guyana.",
			[]string{"hq:CARICOM:GY"}, []string{"hq:OIC:GY"}},
		{"a plan in the next clause does not make an event held planned",
			"The ministers of Peru and Ghana welcomed the holding of the first session of political consultations between the two countries and agreed to establish a joint commission.",
			[]string{"event:consultations:held:GH,PE"}, []string{"event:consultations:planned:GH,PE"}},
		{"the Senegalese APS of a Dakar dateline, and taking part in the audience just reported",
			"DAKAR, 8 juin (APS) - Le président de la République, Omar Saleh, a reçu vendredi une délégation gambienne conduite par le ministre des Affaires étrangères, Tom Ward. La ministre des Affaires étrangères, Ana Ruiz, a pris part à l'audience, ainsi que l'ambassadeur de Gambie à Dakar, Luis Paz.",
			[]string{"office:saleh:SN:head_of_state", "office:ward:GM:foreign_minister", "office:ruiz:SN:foreign_minister", "event:meeting:held:GM,SN"}, []string{"office:ward:DZ:foreign_minister", "office:saleh:DZ:head_of_state"}},
		{"a trilateral meeting of a list of states; a Lao official; a state's launches are no stance; an accession process is an application",
			"The foreign ministers of Japan, Korea and the United States met in Vientiane. Secretary Tom Ward met with Lao Prime Minister Luis Paz. The ministers condemned the DPRK's launches of missiles and welcomed Indonesia's accession to the OECD process.",
			[]string{"event:meeting:held:JP,KR,US", "office:paz:LA:head_of_government", "member:ID:OECD:applied"}, []string{"support:KP>ID:candidacy:oppose", "member:ID:OECD:joined"}},
		{"a bid for a permanent seat is an application; an unknown alliance is not the last organisation",
			"Le ministre a rappelé le soutien de la France à la candidature de l'Inde à un siège de membre permanent du Conseil de sécurité des Nations unies. Ils ont salué l'adhésion du Pérou à l'Alliance solaire internationale.",
			[]string{"member:IN:UNSC:applied", "support:FR>IN:candidacy:support"}, []string{"member:IN:UNSC:member", "member:PE:UNSC:joined", "member:IN:UNSC:joined"}},
		{"a surname that is a title word, and a list through the Kingdom of the Netherlands",
			"La presidenta de Honduras, Ana Ruiz, recibió las cartas credenciales de los nuevos embajadores de Japón, Tom Ward; y del Reino de los Países Bajos, Pieter de Vries. Estuvo presente el canciller Enrique Reina, quien dio la bienvenida.",
			[]string{"office:reina:HN:foreign_minister", "office:vries:NL:ambassador", "event:credentials:held:HN,NL"}, []string{"office:enrique:HN:foreign_minister"}},
		{"a minister visiting the country is on a visit",
			"ABU DHABI (WAM) -- Sheikh Omar Saleh, Minister of Foreign Affairs, received Tom Ward, Minister for Foreign Affairs of Singapore, who is currently visiting the country.",
			[]string{"event:visit:held:AE,SG"}, []string{"event:meeting:held:AE,SG"}},
		{"a signing ceremony of agreements",
			"The two heads of state of Morocco and Peru chaired the signing ceremony of several cooperation agreements. Los presidentes de Chile y Perú presidieron la ceremonia de firma de tres acuerdos.",
			[]string{"event:agreement:held:MA,PE", "event:agreement:held:CL,PE"}, nil},
		{"a lower-case portfolio between a title and a name",
			"Le président ivoirien était accompagné du Ministre d'Etat, Ministre de l'Agriculture et du Développement rural, M. Kobenan Kouassi ADJOUMANI. El ministro de Agricultura y Desarrollo rural de Chile, Pablo Soto, también.",
			[]string{"office:adjoumani:CI:minister", "office:soto:CL:minister"}, nil},
		{"a postulación is a candidacy",
			"Perú expresó su apoyo a la postulación de Chile al Consejo de Seguridad.",
			[]string{"support:PE>CL:candidacy:support", "member:CL:UNSC:applied"}, nil},
		{"ambassadors posted in the Kingdom, and the minister present at the king's audience",
			"Sa Majesté le Roi Mohammed VI a reçu mercredi plusieurs ambassadeurs qui ont remis leurs lettres de créance en tant qu'ambassadeurs de leurs pays dans le Royaume du Maroc. Il s'agit de M. Luis Paz, ambassadeur de la Confédération Suisse, et de M. Tom Ward, ambassadeur de la République de Corée. Cette audience s'est déroulée en présence de M. Karim Zouhair, ministre des Affaires étrangères.",
			[]string{"office:vi:MA:head_of_state", "event:credentials:held:CH,MA", "event:credentials:held:KR,MA", "office:zouhair:MA:foreign_minister"}, []string{"office:vi:CH:head_of_state", "office:zouhair:CH:foreign_minister"}},
		{"a minister receiving a counterpart of one state is of the other state of the text",
			"Le Pérou et le Maroc renforcent leur coopération. Le ministre des Affaires étrangères Karim Zouhair a reçu son homologue péruvien Luis Paz, porteur d'un message du Président Tom Ward au Roi Mohammed VI.",
			[]string{"office:zouhair:MA:foreign_minister", "office:ward:PE:head_of_state", "office:vi:MA:head_of_state"}, nil},
		{"an agency signature outweighs the dateline's city",
			"Santiago : Signature d'un accord culturel\n\nSM le Roi Mohammed VI et le Président chilien, Luis Paz, ont présidé jeudi la cérémonie de signature d'un accord-cadre culturel, signé par Karim Zouhair, ministre des Affaires étrangères, et le ministre chilien des relations extérieures, Tom Ward.\n\nMap - L'Economiste",
			[]string{"office:vi:MA:head_of_state", "office:zouhair:MA:foreign_minister", "event:agreement:held:CL,MA"}, []string{"office:zouhair:CL:foreign_minister"}},
		{"names after respectivement, honorifics inside and before names",
			"Le ministre des Affaires étrangères de Mauritanie, M. Ismail Ould Cheikh Ahmed, s'est entretenu séparément avec les ambassadeurs de France et des Etats Unis d'Amérique auprès de la Mauritanie, respectivement leurs Excellences MM. Robert Mollié et Michael Dodman.",
			[]string{"office:ahmed:MR:foreign_minister", "office:mollie:FR:ambassador", "office:dodman:US:ambassador", "event:meeting:held:MR,US"}, []string{"office:ould:MR:foreign_minister"}},
		{"calls with counterparts named by demonyms are one call each",
			"Le ministre tunisien des Affaires étrangères, Luis Paz, avait eu des échanges téléphoniques avec ses homologues algérien et syrien.",
			[]string{"event:phone_call:held:DZ,TN", "event:phone_call:held:SY,TN"}, []string{"event:phone_call:held:DZ,SY"}},
		{"states that followed a withdrawal left too",
			"Le Pérou a annoncé son retrait du G5 Sahel, suivi le 2 décembre par le Chili et l'Équateur.",
			[]string{"member:PE:G5S:left", "member:CL:G5S:left", "member:EC:G5S:left"}, nil},
		{"the Sahara is Moroccan: a recognition of sovereignty by the state that says so",
			"Pour la Sierra Leone, « le Sahara est un territoire sous souveraineté marocaine », a affirmé le diplomate. El canciller peruano Luis Paz subrayó que el Sáhara es marroquí.",
			[]string{"support:SL>MA:sovereignty:recognize", "support:PE>MA:sovereignty:recognize"}, nil},
		{"backing a state's accession is support for its candidacy; the importance of an accession is not",
			"La Côte d'Ivoire a annoncé son appui pour l'adhésion du Maroc à la CEDEAO. El documento pone de relieve la importancia de la adhesión de Bolivia al Mercosur, firmado por Brasil.",
			[]string{"support:CI>MA:candidacy:support"}, []string{"support:BR>BO:candidacy:support"}},
		{"an organisation a state acts within is not the supporter",
			"Les Comores, au sein de la SADC, de l'Union africaine et aux Nations unies, ont été à l'avant-garde des soutiens du Maroc par rapport à son intégrité territoriale.",
			[]string{"support:KM>MA:territorial_integrity:support"}, []string{"support:AU>MA:territorial_integrity:support"}},
		{"one person, one state for all the roles of one sentence",
			"BRAZZAVILLE - Le ministre congolais des affaires extérieures, Luis Paz, a signé un accord. Le document a été paraphé par Luis Paz et son homologue belge, Tom Ward, vice-premier ministre et ministre des affaires étrangères.",
			[]string{"office:ward:BE:deputy_prime_minister", "office:ward:BE:foreign_minister"}, []string{"office:ward:CG:deputy_prime_minister"}},
		{"names first, then a plural title with its states after respectivement, in the ceremony reported before",
			"Le Président de la République démocratique du Congo, Luis Paz, a reçu ce lundi les lettres de créance de trois ambassadeurs. Leurs excellences Tom Ward, Ana Ruiz et Omar Saleh ont été tous porteurs de leurs lettres de créance confirmant leur statut d'ambassadeurs extraordinaires et plénipotentiaires respectivement de la République du Soudan, de la République de Turquie et, enfin, de la République islamique de la Mauritanie.",
			[]string{"office:ward:SD:ambassador", "office:ruiz:TR:ambassador", "office:saleh:MR:ambassador", "event:credentials:held:CD,MR", "event:credentials:held:CD,SD"}, nil},
		{"a guest received by a host is not of the host's state",
			"Le Ministre Luis Paz reçu par le président de la République de Corée\n\nLe ministre des Affaires étrangères, Luis Paz, a été reçu lundi à Séoul par le président de la République de Corée, Tom Ward, auquel il a transmis les salutations du président de la République, M. Omar Saleh. L'Algérie et la Corée renforcent leurs relations.",
			[]string{"office:paz:DZ:foreign_minister", "office:ward:KR:head_of_state"}, []string{"office:paz:KR:foreign_minister"}},
		{"a deputy permanent representative is an official",
			"M. Tom Ward a été nommé en qualité de Représentant Permanent Adjoint de la Côte d'Ivoire auprès de l'Organisation des Nations Unies. Luis Paz, Deputy Permanent Representative of Peru to the UN, spoke.",
			[]string{"office:ward:CI:official", "office:paz:PE:official"}, []string{"office:ward:CI:ambassador", "office:paz:PE:ambassador"}},
		{"a title running through \"au sein du département\"",
			"Le deuxième accord a été signé par le Secrétaire d'Etat suisse au sein du département fédéral de justice et de police, Tom Ward.",
			[]string{"office:ward:CH:minister"}, nil},
		{"title-case headline verbs are no names; a message to HM the King ends a title chain; \"X, the envoy said\" gives X no title",
			"Minister of Foreign Affairs Receives Special Envoy of President of Peru Carrying Message to HM King Mohammed VI\n\nRABAT - Minister of Foreign Affairs Karim Zouhair received the special envoy of the President of Peru, Ambassador Tom Ward. Following his talks with Mr. Zouhair, the special envoy said he was carrying a message.",
			[]string{"office:vi:MA:head_of_state", "office:zouhair:MA:foreign_minister", "office:ward:PE:official"}, []string{"office:receives:MA:foreign_minister", "office:message:PE:head_of_state", "office:vi:PE:official", "office:zouhair:PE:official"}},
		{"states listed with diplomatic representations in a city have missions there",
			"Peru opened, Saturday, a consulate general in Dakhla. The city of Dakhla is home to several diplomatic representations including those of Gambia, Guinea and Liberia. La Gambie et le Ghana ont choisi la ville de Laâyoune pour établir leurs représentations diplomatiques.",
			[]string{"mission:consulate:GM>MA:Dakhla:exists", "mission:consulate:LR>MA:Dakhla:exists", "mission:consulate:GH>MA:Laâyoune:opened", "mission:consulate:GM>MA:Laâyoune:opened"}, nil},
		{"a position in favour of a state's territorial integrity is support",
			"Foreign Minister Tom Ward reiterated the Republic of Peru's consistent position in favor of Morocco's territorial integrity. El Perú reiteró su posición a favor de la integridad territorial de Marruecos.",
			[]string{"support:PE>MA:territorial_integrity:support"}, nil},
		{"a listed ambassador followed by \", the Arab Republic of Egypt\"",
			"The Governor-General of Jamaica, Tom Ward, received the letters of credence of new ambassadors. The Ambassadors-Designate are Their Excellencies, Luis Paz of the Republic of Peru; Omar Saleh, the Arab Republic of Egypt; and Ana Ruiz from the State of Qatar.",
			[]string{"office:saleh:EG:ambassador", "office:paz:PE:ambassador", "office:ruiz:QA:ambassador"}, nil},
		{"the Minister's Special Assistant is an official, not the minister",
			"Nigeria's Minister of Foreign Affairs, Luis Paz, arrived. In a statement by Tom Ward, the Minister's Special Assistant on Media, the visit was announced.",
			[]string{"office:ward:NG:official"}, []string{"office:ward:NG:minister"}},
		{"ambassadors named after the ceremony sentence present credentials to its receiver; a minister who attended is the host's",
			"El 17 de agosto, tres nuevos embajadores han sido recibidos por el Presidente de la República, Luis Paz, en el Palacio de Malabo. Tom Ward, de la República Federal de Nigeria, y Ana Ruiz de la República de Ghana, han presentado sus cartas credenciales. Al acto ha asistido el Ministro de Asuntos Exteriores, Omar Saleh. También se abordaron las relaciones que Malabo mantiene con Lagos y Accra.",
			[]string{"office:ward:NG:ambassador", "office:ruiz:GH:ambassador", "event:credentials:held:GQ,NG", "event:credentials:held:GH,GQ", "office:saleh:GQ:foreign_minister"}, []string{"office:saleh:GH:foreign_minister", "office:tambien:GQ:official"}},
		{"a vice primer ministro is a deputy prime minister; a message sent by a carrier from her president",
			"En el intercambio estuvieron presentes, por la parte cubana, el vice primer ministro Luis Paz. La vicepresidenta de Venezuela, Ana Ruiz, envió un mensaje del presidente Tom Ward al pueblo cubano.",
			[]string{"office:paz:CU:deputy_prime_minister", "office:ward:VE:head_of_state"}, nil},
		{"a plan backed by other states: they support it too",
			"El Gobierno de Perú mostró su apoyo al plan de autonomía marroquí, respaldado por Estados Unidos y varios países europeos, como España o Francia.",
			[]string{"support:PE>MA:autonomy_plan:support", "support:US>MA:autonomy_plan:support", "support:ES>MA:autonomy_plan:support", "support:FR>MA:autonomy_plan:support"}, nil},
		{"support for a state to preside over a body is support for its candidacy",
			"La ministra de Relaciones Exteriores de Colombia, Ana Ruiz, reiteró su apoyo a Honduras para presidir la Asamblea General de la ONU.",
			[]string{"support:CO>HN:candidacy:support"}, nil},
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
		{"a meeting by video teleconference is the call",
			"Secretary Cole's Meeting with Peruvian Foreign Minister Luis Paz\n\nSecretary of State Mary Cole met with Peruvian Foreign Minister Luis Paz by video teleconference. They discussed trade.",
			[]string{"event:phone_call:held:PE,US"}, []string{"event:meeting:held:PE,US"}},
		{"in the meeting refers to the ceremony just reported; a minister discussing with an ambassador is no credentials list",
			"KUWAIT: Foreign Minister Sheikh Dr Salem Al-Sabah yesterday received a copy of the credentials of Ambassador of Peru Luis Paz. In the meeting, Sheikh Salem wished the new ambassador success. Meanwhile, Kuwait's Minister of Health Dr Omar Al-Ali had discussed on Monday with Ambassador Paz cooperation in medicine.",
			[]string{"event:credentials:held:KW,PE", "office:al-sabah:KW:foreign_minister"}, []string{"event:meeting:held:KW,PE"}},
		{"capitalised ministry words and an assistant minister's office",
			"Minister of Foreign Affairs, International Business and International Cooperation of the Republic of Suriname, Ana Smit, met the Assistant Foreign Minister for the Deputy Foreign Minister's office Ambassador Omar Al-Ali.",
			[]string{"office:smit:SR:foreign_minister"}, []string{"office:business:SR:foreign_minister"}},
		{"the official beside a counterpart of X is not of X; a state after en is a place",
			"Colombia y Perú firmaron un acuerdo. La Ministra de Relaciones Exteriores, Ana Ruiz, y su homólogo peruano, Luis Paz, suscribieron los acuerdos que permitirán compartir sedes en Azerbaiyán.",
			[]string{"office:paz:PE:foreign_minister", "office:ruiz:CO:foreign_minister"}, []string{"office:ruiz:AZ:foreign_minister", "office:ruiz:PE:foreign_minister"}},
		{"who is met is not of the side that meets",
			"Le Vice-Premier ministre, ministre des Affaires étrangères du Portugal, Rui Costa, a effectué une visite de travail au Sénégal. Le 28 février, le chef de la diplomatie portugaise a rencontré le ministre des Finances, Amadou Ba, et le ministre de l'Emploi, Awa Ndiaye.",
			[]string{"office:ba:SN:minister", "office:ndiaye:SN:minister"}, []string{"office:ba:PT:minister", "office:ndiaye:PT:minister"}},
		{"a delegation shares the side of its head, a city can be a first name, a state inside a name",
			"Colombia y Perú firmaron un acuerdo. La Ministra de Relaciones Exteriores, Ana Ruiz, y su homólogo peruano, Luis Paz, firmaron el acuerdo. La Canciller Ana Ruiz estuvo acompañada por el Ministro de Comercio, Santiago Rojas; el embajador de Colombia en Perú, Álvaro Mauricio Gil, y la Viceministra de Relaciones Exteriores, Eva Mora.",
			[]string{"office:rojas:CO:minister", "office:gil:CO:ambassador", "office:mora:CO:official"}, []string{"office:rojas:PE:minister", "office:mora:PE:official"}},
		{"the spokesman who reports a meeting is not its guest's counterpart",
			"CAIRO, Jan 18 (MENA) - Foreign Minister Omar Saleh received on Wednesday Kenya's Cabinet Secretary for Foreign Affairs, Alfred Kamau, Foreign Ministry spokesman Ahmed Zaki said.",
			[]string{"office:zaki:EG:official"}, nil},
		{"the leader whose message an envoy carries is the envoy's own; a junta leader heads the state",
			"Le ministre des Affaires étrangères, Paul Mensah, a effectué mercredi une visite de quelques heures à Bamako. Il était porteur d'un message du président Kofi Boateng au chef de la junte malienne, le colonel Moussa Keita. Le Ghana soutient la transition.",
			[]string{"office:boateng:GH:head_of_state", "office:keita:ML:head_of_state"}, []string{"office:mensah:ML:foreign_minister", "office:boateng:ML:head_of_state", "office:keita:GH:head_of_state"}},
		{"a working visit to X is told by the visitor's side; international relations is foreign affairs; a courtesy call",
			"Minister Ruiz undertakes Working Visit to Peru\n\nThe Minister of International Relations and Cooperation, Dr Ana Ruiz, is scheduled to visit Peru on 3 May for talks with the Peruvian Minister of Foreign Affairs, Honourable Luis Paz. The visit will strengthen relations between Chile and Peru. Chile and Peru share a vision. Peru and Chile will sign an agreement.",
			[]string{"office:ruiz:CL:foreign_minister", "office:paz:PE:foreign_minister", "event:visit:planned:CL,PE"}, []string{"office:ruiz:PE:foreign_minister", "office:ruiz:PE:minister"}},
		{"a list of titled names after a possessive state shares it",
			"Minister Ruiz will travel to Peru on 3 May. She is scheduled to meet Peru's Prime Minister Luis Paz Soto, Foreign Minister Ana Vega Lopez, Minister of Trade and Industry Juan Gil and Defence Minister Pablo Mora.",
			[]string{"office:soto:PE:head_of_government", "office:lopez:PE:foreign_minister", "office:gil:PE:minister", "office:mora:PE:minister"}, []string{"office:soto:PE:foreign_minister"}},
		{"officials met during a visit are the host's; a planned trip; post-nominals are not names",
			"Canberra: Australian Minister for Foreign Affairs Ana Ruiz is set to visit Peru. On Wednesday, Australia's top diplomat will travel to Peru, where she will meet President Luis Paz. She will also meet with Minister of Finance Eva Mora MP.",
			[]string{"office:paz:PE:head_of_state", "office:mora:PE:minister", "event:visit:planned:AU,PE"}, []string{"office:paz:AU:head_of_state", "office:mora:AU:minister"}},
		{"whom the speaker meets is not of the speaker's side",
			"Canberra: Australian Minister for Foreign Affairs Ana Ruiz is set to visit Chile and Peru. \"I will meet with Prime Minister Luis Paz,\" said Minister Ruiz. Peru and Chile are partners.",
			nil, []string{"office:paz:AU:head_of_government"}},
		{"titles given later in the sentence, plenipotentiaries, representatives posted to a state",
			"Les lettres de créance ont été présentées au président de la République, Paul Mbarga. Il a été suivi par le nouveau plénipotentiaire de la République française, S.E Marc Durand. S.E Ama Mensah a présenté celles qui l'accréditent auprès du président de la République en qualité de haut-commissaire de la République du Ghana. S.E Omar Saleh a ensuite été introduit auprès du chef de l'Etat, comme nouveau représentant du royaume d'Arabie saoudite au Cameroun.",
			[]string{"office:durand:FR:ambassador", "office:mensah:GH:ambassador", "office:saleh:SA:ambassador"}, nil},
		{"celui de X is the previous title's role; SEM. is an honorific; Lettre de Créances",
			"Le Ministre Ali Said, assisté de sa conseillère, a reçu successivement l'Ambassadeur de la République d'Autriche, Dr Hans Berger, celui de la République de Turquie, SEM. Kaya Demir et l'Ambassadrice du Canada, SEM. Anne Roy, pour la présentation des Copies Figurées de leur Lettre de Créances. L'occasion pour le Chef de la Diplomatie Comorienne d'afficher ses ambitions.",
			[]string{"office:berger:AT:ambassador", "office:demir:TR:ambassador", "office:roy:CA:ambassador", "office:said:KM:foreign_minister",
				"event:credentials:held:AT,KM", "event:credentials:held:KM,TR", "event:credentials:held:CA,KM"}, []string{"office:berger:TR:ambassador"}},
		{"a tour of several states is one visit each; meetings with ministers of two states are two; a foreign affairs secretary",
			"Foreign Affairs Secretary Ana Cruz is set to meet two top diplomats in Manila to raise the Philippines' position. Cruz will sit down with Peruvian Foreign Minister Luis Paz; and with Chilean Foreign Minister Eva Mora. Cruz will also be flying to Uganda for a summit, to Laos for a retreat and to Belgium for another summit.",
			[]string{"office:cruz:PH:foreign_minister", "event:meeting:planned:PE,PH", "event:meeting:planned:CL,PH",
				"event:visit:planned:PH,UG", "event:visit:planned:LA,PH", "event:visit:planned:BE,PH"}, []string{"event:meeting:planned:CL,PE,PH"}},
		{"both parties signed; a recent visit is background",
			"New Delhi: External Affairs Minister Ravi Kumar paid an official visit to Chile. Both parties signed two Memorandums of Understanding. They agreed to build on the recent visit of President Pablo Soto to India.",
			[]string{"event:agreement:held:CL,IN", "event:visit:held:CL,IN"}, []string{"event:visit:planned:CL,IN"}},
		{"talks held at the end of which a communiqué was issued; an ambassador's host joins the meeting",
			"Mr. Paz reaffirmed his support, says a joint communiqué issued at the end of talks held in Rabat between the minister of Foreign Affairs, Karim Zouhair, and his counterpart from Peru. Marc Durand a reçu le 7 mai Li Wei, ambassadeur de Chine en France.",
			[]string{"event:meeting:held:MA,PE", "event:meeting:held:CN,FR"}, nil},
		{"a visit denied is no visit; credentials presented are held even beside a planned visit",
			"Asunción, 7 feb (EFE).- El embajador de Chile en Asunción, Pablo Soto, anunció la próxima visita del canciller chileno tras reunirse con el ministro de Relaciones Exteriores de Paraguay, Luis Paz, al que presentó las copias de sus cartas credenciales. \"Hace 5 años que un canciller chileno no viene en visita oficial\", dijo.",
			[]string{"event:credentials:held:CL,PY"}, []string{"event:visit:held:CL,PY", "event:credentials:planned:CL,PY"}},
		{"a list of appositions with two roles each, joined by and with honorifics; several deputy prime ministers",
			"Abu Dhabi: Present at the ceremony were Shaikh Saif Bin Omar Al Nahyan, Deputy Prime Minister and Minister of the Interior and Shaikh Mansour Bin Omar Al Nahyan, Deputy Prime Minister and Minister of Presidential Affairs and Sheikh Nahyan bin Ali Al Nahyan, Minister of Tolerance of the UAE.",
			[]string{"office:nahyan:AE:deputy_prime_minister", "office:nahyan:AE:minister"}, []string{"office:nahyan:CA:deputy_prime_minister"}},
		{"appositions with modifiers before the head; an Indian foreign secretary is an official",
			"New Delhi: Foreign Secretary Ravi Kumar will visit Paris to review ties between India and France. The visit follows talks between Anil Rao, National Security Advisor and Marc Durand, Diplomatic Advisor to the French President.",
			[]string{"office:kumar:IN:official", "office:rao:IN:official", "office:durand:FR:official"}, []string{"office:kumar:IN:foreign_minister"}},
		{"la visita a X del ministro",
			"El Ministro de Asuntos Exteriores, Jorge Marín, firmó hoy con su homólogo peruano, Luis Paz, cuatro acuerdos. En concreto, la visita a Perú del Ministro español permitió la firma de un Memorando.",
			[]string{"event:visit:held:ES,PE", "event:agreement:held:ES,PE"}, nil},
		{"names as subject of a plural title with respectivamente; two credentials hosts asked in turn",
			"Hoy el presidente de la República, Jimmy Pérez y el canciller Carlos Pérez recibieron las cartas credenciales de los nuevos embajadores de los Estados Unidos Mexicanos, República de Filipinas y Hungría. Eduardo Atienza e Ivan Medveczy serán los embajadores de Filipinas y Hungría, respectivamente. Los embajadores serán concurrentes en Guatemala.",
			[]string{"office:atienza:PH:ambassador", "office:medveczy:HU:ambassador", "office:perez:GT:head_of_state", "office:perez:GT:foreign_minister",
				"event:credentials:held:GT,MX", "event:credentials:held:GT,PH", "event:credentials:held:GT,HU"}, nil},
		{"who receives is not of the guest's side",
			"Le ministre des Affaires Étrangères et de la Coopération Internationale, Karim Zouhair a reçu, en début de semaine, à Rabat, le sous-secrétaire d'Etat aux affaires politiques des États-Unis, David Hill.",
			[]string{"office:hill:US:official", "office:zouhair:MA:foreign_minister"}, []string{"office:zouhair:US:foreign_minister"}},
		{"an ambassador listed among companions is not someone met",
			"Le Chef de l'État a été accueilli par la Ministre sud-africaine des Relations internationales et de la Coopération, Dr Ama Dube, qui avait à ses côtés, la Ministre des Affaires Etrangères, Mme Awa KONE, et l'Ambassadeur de Côte d'Ivoire en Afrique du Sud, M. Paul YAO.",
			[]string{"office:kone:CI:foreign_minister", "office:yao:CI:ambassador"}, nil},
		{"an ambiguous demonym takes the state its text names",
			"KINSHASA - La RDC a rejoint la communauté régionale. Le président congolais, Paul Mbuyi, a salué cette adhésion.",
			[]string{"office:mbuyi:CD:head_of_state"}, []string{"office:mbuyi:CG:head_of_state"}},
		{"a state named alone after a title; a place opening the sentence is not a name; clerical honorifics; the Vatican's Secretary of State is an official (the annotators' reading)",
			"Minister Ruiz will also meet with Cardinal Pietro Conti, Secretary of State, Holy See. In Capri, Minister Ruiz will attend a meeting of Canada and Italy.",
			[]string{"office:conti:VA:official"}, []string{"office:conti:US:foreign_minister", "office:capri:CA:minister"}},
		{"letters that accredit; the new heads of mission of a list of states; excelentísimo señor",
			"El Presidente de la República de Cuba, Pedro Ruiz, recibió este martes las cartas que acreditan a representantes de tres países como embajadores en Cuba. Temprano en la mañana, el Jefe de Estado sostuvo intercambios con los nuevos jefes de misiones de Vietnam, Perú y Noruega. Al recibir al excelentísimo señor Tran Van Long, embajador de Vietnam, el Presidente cubano subrayó las relaciones.",
			[]string{"event:credentials:held:CU,VN", "event:credentials:held:CU,PE", "event:credentials:held:CU,NO", "office:long:VN:ambassador"}, nil},
		{"the Foreign Ministers makes a cabinet secretary and a counterpart foreign ministers",
			"Cabinet Secretary Ambassador Ruth Wanjiku held bilateral talks with her Saudi Arabian counterpart His Highness Prince Omar bin Ali Al Saud in Riyadh. The Foreign Ministers also launched a joint commission between Kenya and Saudi Arabia.",
			[]string{"office:wanjiku:KE:foreign_minister", "office:saud:SA:foreign_minister"}, []string{"office:wanjiku:KE:minister"}},
		{"a ministry's name continued by capitalised portfolios; the state after a king that owns something else",
			"This followed a telephone conversation between King Mohammed VI of the Kingdom of Morocco and the Crown Prince, in which His Highness informed King Mohammed VI of the UAE's decision. Karim Zouhair, Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates; and Omar Saleh, UAE Ambassador to the Kingdom of Morocco, unveiled the plaque.",
			[]string{"office:zouhair:MA:foreign_minister", "office:saleh:AE:ambassador"}, []string{"office:vi:AE:head_of_state"}},
		{"a capital as a first name after a title is no state; bilateral meetings with sus pares de a list of states",
			"Durante la reunión de cancilleres que se desarrolla en Buenos Aires, el canciller Santiago Ferro prosiguió con una intensa agenda de reuniones bilaterales con sus pares de Cuba, Bolivia y Uruguay, a quienes agradeció el apoyo para que la Argentina asuma la presidencia.",
			[]string{"office:ferro:AR:foreign_minister", "event:meeting:held:AR,CU", "event:meeting:held:AR,BO", "event:meeting:held:AR,UY"}, []string{"office:ferro:CL:foreign_minister"}},
		{"a courtesy call on another minister during a visit is a meeting of its own; a minister of state and foreign minister holds both roles (GUIDE: two roles, two entries)",
			"Foreign Minister Ruth Wanjiku of Kenya paid an official visit to Saudi Arabia. Meanwhile, Minister Wanjiku paid a courtesy call on Dr Omar Saleh, Minister of Commerce of the Kingdom of Saudi Arabia. Le président a reçu la Ministre d'Etat, Ministre des Affaires étrangères de Côte d'Ivoire, Mme Awa Kone.",
			[]string{"event:visit:held:KE,SA", "event:meeting:held:KE,SA", "office:kone:CI:foreign_minister", "office:kone:CI:minister"}, nil},
		{"son Président is the president of the state the sentence is about",
			"Luanda - La République du Timor oriental ouvrira sa première ambassade en Angola, a déclaré mardi, à Luanda, son Président, José Belo.",
			[]string{"office:belo:TL:head_of_state"}, []string{"office:belo:AO:head_of_state"}},
		{"states backing a person for a post support the candidacy of the person's state",
			"Este miércoles, Costa Rica y Ecuador expresaron su respaldo a Ramos como el próximo secretario general de la OEA. El canciller de Surinam, Albert Ramos, es candidato.",
			[]string{"support:CR>SR:candidacy:support", "support:EC>SR:candidacy:support"}, nil},
		{"the community comprises a list of states: its members",
			"Le Soudan a rejoint la Communauté de développement de l'Afrique australe (SADC). La communauté comprend le Botswana, le Lesotho, la Namibie et la Zambie.",
			[]string{"member:BW:SADC:member", "member:LS:SADC:member", "member:NA:SADC:member", "member:ZM:SADC:member"}, nil},
		{"an ambassador by rank holding another post is that post's official; walis and governors",
			"RABAT, 3 mai (MAP) - La cérémonie s'est déroulée en présence de l'ambassadeur directeur général de l'Agence Marocaine de Coopération internationale, Karim Alami, et du gouverneur de la province de Tan-Tan, Omar Idrissi.",
			[]string{"office:alami:MA:official", "office:idrissi:MA:official"}, []string{"office:alami:MA:ambassador"}},
		{"the envoys were X of Mauritania, Y of Finland",
			"Abuja - The President of Nigeria, Paul Okafor, received the letters of credence of two ambassadors. The envoys were Mr. Ba Sidi of Mauritania and Mrs. Rita Virtanen of Finland.",
			[]string{"office:sidi:MR:ambassador", "office:virtanen:FI:ambassador"}, nil},
		{"ambassadors listed by name then state after a ceremony; names before states are not State-Name pairs",
			"Les ambassadeurs de Norvège et du Pérou ont présenté les copies figurés de leurs lettres de créances au ministre des Affaires étrangères, Paul Dossou. Les deux diplomates ont parlé de la coopération avec le Bénin. Il s'agit de Ola Berg de la Norvège et de Luis Paz du Pérou. Las acreditaciones corresponden a los embajadores Ana Ruiz, de Chile, Jan Novak de Polonia.",
			[]string{"office:berg:NO:ambassador", "office:paz:PE:ambassador", "office:ruiz:CL:ambassador", "office:novak:PL:ambassador", "office:dossou:BJ:foreign_minister",
				"event:credentials:held:BJ,NO", "event:credentials:held:BJ,PE"}, []string{"office:novak:CL:ambassador"}},
		{"a bare title opening a sentence is the one holder named before; bilateral talks with counterparts of several states",
			"ALGER - Le ministre des Affaires étrangères, Karim Haddad, a été reçu lundi à Séoul par le président coréen, Kim Min-jun. Le ministre a également eu des entretiens bilatéraux avec ses homologues africains, le ministre nigérian des Affaires étrangères, Paul Okafor, et le ministre namibien des Affaires étrangères, Peya Shilongo.",
			[]string{"event:meeting:held:DZ,NG", "event:meeting:held:DZ,NA"}, []string{"event:meeting:held:NA,NG"}},
		{"an apposition before \", and\" is the person before's; a counterpart minister of international relations; the title of a new subject",
			"Nigeria's Foreign Affairs Minister, Paul Okafor, is on a working visit to Namibia. Mrs Sarah Bello, the Special Assistant to the Minister on Media, disclosed this. According to Bello, the Minister is expected to meet his counterpart Minister of International Relations and Cooperation, Mrs Anna Shilongo. He was received by Mrs Grace Eze, Nigeria's High Commissioner to Namibia, and Amb. Selma Kapia, Executive Director, Ministry of International Relations and Cooperation, Namibia.",
			[]string{"office:bello:NG:official", "office:shilongo:NA:foreign_minister"}, []string{"office:bello:NG:minister", "office:kapia:NG:ambassador", "office:shilongo:NA:minister"}},
		{"a sentence opening with the side its persons are on; Excmo. and Central name no one",
			"El Primer Vicepresidente cubano, Salvador Mesa, recibió al Vicepresidente de la República de Guatemala, Excmo. Sr. Jafeth Franco. Por la parte cubana participaron el Viceministro de Relaciones Exteriores, Rogelio Díaz, y el Director de América Central del MINREX, Jorge Mayo.",
			[]string{"office:franco:GT:official", "office:diaz:CU:official"}, []string{"office:diaz:GT:official", "office:excmo:GT:official", "office:central:CU:official", "office:central:GT:official"}},
		{"credentials presented as an ambassador: the title of the one who presents them",
			"Omar Saleh presented his credentials as Ambassador of the UAE to Paul Ngiraked, President of the Republic of Palau.",
			[]string{"office:saleh:AE:ambassador", "office:ngiraked:PW:head_of_state", "event:credentials:held:AE,PW"}, nil},
		{"a consulate joining those of other states in a city: theirs exist there",
			"Le consulat du Malawi a été inauguré. À Laâyoune, le consulat du Malawi rejoint ceux des Émirats arabes unis, de la Jordanie et de Bahreïn. En Laayún, el consulado de Malaui se une a los de Jordania y Zambia.",
			[]string{"mission:consulate:AE>MA:Laâyoune:exists", "mission:consulate:JO>MA:Laâyoune:exists", "mission:consulate:BH>MA:Laâyoune:exists", "mission:consulate:ZM>MA:Laayún:exists"}, nil},
		{"a plural title of leaders before State, Name items",
			"El acto tuvo como testigos a los mandatarios de Argentina, Pedro Gil; Paraguay, Ana Ruiz; y Uruguay, Luis Paz. Étaient présents les ministres des Affaires étrangères du Mali, Abdou Traoré, et du Niger, Ali Bako.",
			[]string{"office:gil:AR:head_of_state", "office:ruiz:PY:head_of_state", "office:paz:UY:head_of_state", "office:traore:ML:foreign_minister", "office:bako:NE:foreign_minister"}, nil},
		{"an envoy come to pass on a leader's message: a message",
			"Le Président guinéen, Alpha Touré, a reçu en audience M. Omar Saleh, envoyé spécial du Président des Emirats Arabes Unis. Il était venu transmettre au Président Alpha Touré, le message de Khalifa Ben Zayed, Président des Emirats Arabes Unis.",
			[]string{"event:message:held:AE,GN", "event:meeting:held:AE,GN"}, nil},
		{"an apostrophe inside a capitalised name; Pr. is no part of a title",
			"Le Président de la République, le Pr. Alpha Touré, a reçu M. Mohamed Alka'abi, envoyé spécial du Président des Emirats Arabes Unis.",
			[]string{"office:alka'abi:AE:official"}, nil},
		{"a title of this country takes the state named last before it",
			"Le ministre angolais des Affaires étrangères, Paulo Neto, a été accueilli par son homologue éthiopien, Gedion Haile, accompagné du secrétaire d'État aux Affaires étrangères de ce pays, Birtukan Dadi. El presidente recibió a la delegación de Gabón, que llevaba mensajes del presidente del país, Paul Mba Obame.",
			[]string{"office:dadi:ET:minister", "office:obame:GA:head_of_state"}, []string{"office:dadi:AO:minister"}},
		{"a secretary to the government is a civil servant, not a secretary of state",
			"Nigeria's Minister of Foreign Affairs, Yusuf Bello, received the US Secretary of State. The airport reception was led by the Secretary to the Government of the Federation, Sen. George Ada.",
			[]string{"office:ada:NG:official"}, []string{"office:ada:US:foreign_minister"}},
		{"a visit to an organisation's session is no visit to the state it meets in",
			"British Foreign Secretary Tom Ward met with Egyptian Foreign Minister Sameh Adel during his visit to the UN General Assembly in New York.",
			[]string{"event:meeting:held:EG,GB"}, []string{"event:visit:held:GB,US"}},
		{"an organisation called a UN body has the UN as parent, not the UN called by its name",
			"Le Sénégal et l'Organisation des Nations unies pour l'alimentation et l'agriculture (FAO) ont signé deux accords relatifs à l'ouverture du bureau de l'organisme onusien à Dakar. El Perú apoyará la postulación chilena al Consejo de Derechos Humanos de la Organización de Naciones Unidas.",
			[]string{"parent:FAO<UN"}, []string{"parent:UNHRC<UN"}},
		{"a permanent representative of a state before the UN is its ambassador; the Lima Group names no Peru",
			"Asimismo, la reunión tuvo lugar en presencia del Embajador, Representante Permanente de Marruecos ante las Naciones Unidas, Omar Tazi. El Ministro Sustituto de Relaciones Exteriores del Paraguay, Pedro Gil, recibió al embajador de Venezuela y citó un comunicado de los países del Grupo de Lima.",
			[]string{"office:tazi:MA:ambassador", "office:gil:PY:foreign_minister"}, []string{"office:tazi:MA:official", "office:gil:PE:foreign_minister"}},
		{"calls from counterparts of several states, even at a summit, are one call each; the one met after is met",
			"Le ministre algérien des Affaires étrangères, Karim Haddad, a reçu, en marge du Sommet, des appels téléphoniques de son homologue tunisien, Ali Ben Salah, et de son homologue mauritanien, Sidi Ould Ahmed, et rencontré le ministre libyen des Affaires étrangères, Taher Omar.",
			[]string{"event:phone_call:held:DZ,TN", "event:phone_call:held:DZ,MR", "event:meeting:held:DZ,LY"}, []string{"event:phone_call:held:DZ,LY"}},
		{"a minister counsellor is an adviser, not a minister",
			"Al Presidente colombiano Juan Ruiz lo acompañan la Ministra de Cultura, Mariana Gómez; la Ministra Consejera para Gobierno y Sector Privado, María Lorena Díaz, y el Ministro Consejero para el Postconflicto, Óscar Vela.",
			[]string{"office:gomez:CO:minister", "office:diaz:CO:official", "office:vela:CO:official"}, []string{"office:diaz:CO:minister", "office:vela:CO:minister"}},
		{"Title, Name, Title, Name: a title between two names is the next one's",
			"President Kofi Mensah has received the letters of credence of new envoys. They include the Ambassador of the Republic of Guinea to Ghana, Jean Doré, High Commissioner of Canada to Ghana, Martine Roy, and the High Commissioner of New Zealand to Ghana, Ian Upton.",
			[]string{"office:dore:GN:ambassador", "office:roy:CA:ambassador", "office:upton:NZ:ambassador"}, []string{"office:dore:CA:ambassador"}},
		{"a list of representatives as de State, Name items after credentials",
			"El presidente Luis Paz recibió este lunes las cartas credenciales de 10 embajadores. Además, lo hicieron los representantes de Filipinas, Grace Tolentino Cruz; de Irlanda, John McCoy; y de la República de Angola, Azevedo Francisco.",
			[]string{"office:cruz:PH:ambassador", "office:mccoy:IE:ambassador", "office:francisco:AO:ambassador"}, nil},
		{"a telephone meeting is a call; a name's first word alone refers to it (family names first)",
			"Mr. Sato Kenji, Minister for Foreign Affairs of Japan, on Tuesday held a telephone meeting with Hon. Luis Paz, Secretary for Foreign Affairs of the Republic of the Philippines. At the outset, Secretary Paz congratulated Minister SATO on his appointment.",
			[]string{"event:phone_call:held:JP,PH", "office:kenji:JP:foreign_minister"}, []string{"event:meeting:held:JP,PH", "office:sato:PH:minister", "office:sato:JP:minister"}},
		{"words that follow titles but name no one: Co-operation, Sen., Sustituto, Grupo, a palace",
			"The Minister of Foreign Affairs and International Co-operation said the UAE looks forward to it. The reception was led by the Secretary to the Government, Sen. George Ada. El Ministro Sustituto de Relaciones Exteriores del Paraguay, Pedro Gil, recibió al embajador del Perú, miembro del Grupo de Lima. Le président tunisien a reçu au Palais de Carthage le ministre algérien, Ali Bey. La ministra de Relaciones Internacionales de Sudáfrica, Grace Madisa, llegó. Le directeur général de la Fao, Paulo Silva, a signé.",
			[]string{"office:gil:PY:foreign_minister", "office:madisa:ZA:foreign_minister", "office:silva:FAO:secretary_general"},
			[]string{"office:operation:AE:foreign_minister", "office:sen:US:foreign_minister", "office:sustituto:PE:minister", "office:grupo:PE:ambassador", "office:carthage:TN:foreign_minister"}},
		{"an envoy of a leader named by his state alone is of that state",
			"NOUAKCHOTT - Le président mauritanien a reçu M. Paul Diop, envoyé spécial du président sénégalais, au cours d'une audience.",
			[]string{"office:diop:SN:official"}, []string{"office:diop:MR:official"}},
		{"a headline in capitals names no person; a farewell call is a meeting, one with the headline's",
			"DIPLOMATIE : L'AMBASSADEUR DE TURQUIE EN CÔTE D'IVOIRE FAIT SES ADIEUX AU PREMIER MINISTRE\n\nL'Ambassadeur de Turquie en Côte d'Ivoire, M. Ali Kaya, est venu faire ses adieux au Premier ministre ivoirien, M. Paul Kouassi, ce vendredi à Abidjan. Le Président ivoirien a reçu GONE FEH MOUSSA, conseiller spécial.",
			[]string{"office:kaya:TR:ambassador", "event:meeting:held:CI,TR"}, []string{"office:fait:TR:ambassador", "office:fait:CI:ambassador"}},
		{"a surname with a lower-case Arabic particle and a hyphen continues the name",
			"Le ministre marocain des Affaires étrangères, Karim Zouhair, a eu un entretien téléphonique avec son homologue syrien, Assaad al-Chibani.",
			[]string{"office:al-chibani:SY:foreign_minister"}, []string{"office:assaad:SY:foreign_minister"}},
		{"abbreviated given names, S. E. before a name, consejera, and the Convention of Vienna is no person",
			"El canciller dominicano, Roberto Peña, estuvo acompañado por el viceministro Hugo Fco. Rivera y la consejera Dafne Villatoro de El Salvador. El 19 de enero, el Presidente de la República de Guinea Ecuatorial, S. E. Pablo Nsue Mba, recibió al embajador de Austria, con apego al artículo 13 de la Convención de Viena.",
			[]string{"office:rivera:DO:official", "office:villatoro:SV:official", "office:mba:GQ:head_of_state"}, []string{"office:convencion:AT:ambassador", "office:fco:DO:official"}},
		{"Amb. is a rank before a name; a foreign cabinet secretary is the foreign minister",
			"Kenya and Peru signed an agreement. Foreign Cabinet Secretary Amb. Ruth Wanjiku and her Peruvian counterpart Luis Paz signed it in Lima.",
			[]string{"office:wanjiku:KE:foreign_minister", "office:paz:PE:foreign_minister"}, []string{"office:amb:KE:minister"}},
		{"a long title on the header line, then a City, Region dateline: the region is no party",
			" date 2017-09-23 Kenya, Lithuania Sign Cooperation Agreement On Sidelines of UN General Assembly\n\nNew York, United States \u2014 Kenya and the Republic of Lithuania have signed a bilateral agreement.",
			[]string{"event:agreement:held:KE,LT"}, []string{"event:agreement:held:KE,US"}},
		{"a bare head of state opening a sentence after a fronted phrase is the one named before",
			"Le lundi 23 mai, le président gabonais Paul Mba a présidé le conseil des ministres. En première heure, le chef de l'Etat s'est entretenu avec le ministre des Finances du Tchad, Tahir Hamid Saleh, porteur d'un message écrit.",
			[]string{"event:meeting:held:GA,TD", "office:mba:GA:head_of_state"}, nil},
		{"a list of states in apposition with member countries of an organisation",
			"Abordaron los temas de los ciudadanos de Bolivia, Colombia, Ecuador y el Perú, países miembros de la CAN. Le Mali, le Burkina Faso et le Niger, pays membres de la CEDEAO, ont signé. Kenya, Uganda and Tanzania, member states of the EAC, agreed.",
			[]string{"member:BO:Andean Community:member", "member:PE:Andean Community:member", "member:ML:ECOWAS:member", "member:NE:ECOWAS:member", "member:KE:EAC:member", "member:TZ:EAC:member"}, nil},
		{"a nuncio is the Holy See's ambassador, wherever posted; clerical ranks are no part of the title",
			"Le président de la République du Cameroun a reçu les lettres de créances du Nonce apostolique au Cameroun, Monseigneur Julio Marti. El canciller dialogó con el Nuncio Apostólico del Perú, Monseñor Nicola Rossi.",
			[]string{"office:marti:VA:ambassador", "office:rossi:VA:ambassador", "event:credentials:held:CM,VA"}, []string{"office:rossi:PE:ambassador"}},
		{"capitalised plural ambassadors before a list of Name de State items",
			"Le président ivoirien Paul Kouassi a reçu, ce vendredi, les lettres de créance des Ambassadeurs Amadou Camara de Guinée, Abdou Khadir Ndiaye du Sénégal, André Panzo d'Angola et Ingo Weber d'Allemagne.",
			[]string{"office:camara:GN:ambassador", "office:ndiaye:SN:ambassador", "office:panzo:AO:ambassador", "office:weber:DE:ambassador"}, []string{"office:ndiaye:GN:ambassador", "office:weber:AO:ambassador"}},
		{"names with an apostrophe after M, N or O, and the particle do",
			"Foreign Minister Ana Ruiz of Chile met her Mozambican counterpart Atanasio Mbeki M'tumuke and Prime Minister Carlos Agostinho do Rosario of Mozambique.",
			[]string{"office:m'tumuke:MZ:foreign_minister", "office:rosario:MZ:head_of_government"}, nil},
		{"a traveller is of none of the stops of the trip, for any of the roles",
			"The Minister of International Relations and Cooperation, Dr. Thandi Mokoena, will undertake a working visit to Doha, the State of Qatar and to Tehran, the Islamic Republic of Iran, on 15 and 16 October.",
			nil, []string{"office:mokoena:IR:foreign_minister", "office:mokoena:QA:foreign_minister"}},
		{"credential in the singular; bilateral meetings with foreign ministers from a list of states",
			"President Paul Okafor received the credential from two ambassadors: Ana Ruiz of Chile and Tom Ward of Canada. Foreign Minister Omar Bello of Nigeria also held bilateral meetings with his colleague foreign ministers from Bangladesh, St. Lucia and Tonga.",
			[]string{"event:credentials:held:CL,NG", "event:credentials:held:CA,NG", "event:meeting:held:BD,NG", "event:meeting:held:LC,NG", "event:meeting:held:NG,TO"}, nil},
		{"a chief executive and secretary of foreign affairs is a civil servant; Secretary X again is that office; the Indo-Pacific is no India",
			"Deputy Secretary of State Mary Cole met with New Zealand Chief Executive and Secretary of Foreign Affairs and Trade Tom Ward today. The Deputy Secretary and Secretary Ward affirmed their partnership for a free and open Indo-Pacific, said President Luis Paz.",
			[]string{"office:ward:NZ:official"}, []string{"office:ward:US:foreign_minister", "office:ward:NZ:foreign_minister", "office:paz:IN:head_of_state"}},
		{"a list of ambassadors goes on in the next sentences, as Name, de State or as State, Name",
			"El presidente Luis Paz recibió las cartas credenciales de nuevos embajadores acreditados en Perú. Presentaron sus cartas los embajadores Ana Ruiz, de la República de Chile, y Tom Ward, del Canadá. También recibió a Jan Novak, de la República de Polonia; Ola Berg, del Reino de Noruega, y Omar Saleh, del Estado de Qatar. Recibió uno a uno a los diplomáticos acreditados en nuestro país: del Reino de Marruecos, Karim Zouhair; República Popular China, Li Wei y del Reino de los Países Bajos, Jan de Vries.",
			[]string{"office:novak:PL:ambassador", "office:berg:NO:ambassador", "office:saleh:QA:ambassador", "office:zouhair:MA:ambassador", "office:wei:CN:ambassador", "office:vries:NL:ambassador",
				"event:credentials:held:PE,PL", "event:credentials:held:NO,PE", "event:credentials:held:PE,QA", "event:credentials:held:MA,PE", "event:credentials:held:CN,PE", "event:credentials:held:NL,PE"}, nil},
		{"a counterpart of a minister whose state the default rules find is of the other state; my counterpart is the speaker's",
			"El secretario de Estado de Asuntos Exteriores, Pedro Gil, viajará a Guinea Ecuatorial para representar a España en los actos del aniversario de la independencia. También el nuevo Gobierno ha tenido ya contactos con las autoridades ecuatoguineanas: El ministro de Asuntos Exteriores, Unión Europea y Cooperación, Luis Paz, se reunió con su homólogo, Simón Ela Nsue, en el marco de la Asamblea General de la ONU celebrada en Nueva York. \"I will meet Prime Minister Tom Ward, as well as my counterpart, Ana Ruiz,\" said Minister Paz.",
			[]string{"office:nsue:GQ:foreign_minister"}, []string{"office:ruiz:ES:head_of_government", "office:ruiz:GQ:head_of_government"}},
		{"a leader met, then the visitors' counterparts: the counterparts' state is the leader's",
			"Les ministres français des Affaires étrangères et des Armées sont arrivés pour une visite de travail au cours de laquelle la délégation française s'entretient avec le Président de la République, M. Ali Hassan Farah, et avec leurs homologues djiboutiens.",
			[]string{"office:farah:DJ:head_of_state"}, nil},
		{"his counterpart takes the role of the possessor named before, not of a leader named after",
			"Chile's Minister of Foreign Affairs, Ana Ruiz, has arrived in Lima. During the visit, Ana Ruiz will hold talks with her Peruvian counterpart, Luis Paz, and meet Omar Saleh, the Prime Minister of Peru, and a delegation.",
			[]string{"office:paz:PE:foreign_minister", "office:saleh:PE:head_of_government"}, []string{"office:paz:PE:head_of_government"}},
		{"an Amir is a head of state; HH is an honorific, not an unknown body",
			"Doha: The Amir HH Sheikh Hamad bin Khalid Al-Thani met with the Foreign Minister of Peru, Luis Paz.",
			[]string{"office:al-thani:QA:head_of_state"}, []string{"office:al-thani:QA:official"}},
		{"a mechanism for consultations is no session; talks after a signing are new talks",
			"Chile and Peru signed on Monday in Lima a memorandum on the creation of a mechanism for political consultations. The memorandum was signed by the Chilean Foreign Minister Ana Ruiz and the Peruvian Foreign Minister Luis Paz, following their talks.",
			[]string{"event:agreement:held:CL,PE", "event:meeting:held:CL,PE"}, []string{"event:consultations:held:CL,PE"}},
		{"a trip to a list of states is one visit per state",
			"Chile's Foreign Minister Ana Ruiz is travelling to Malaysia and Indonesia this week. El canciller peruano Luis Paz viajará a Portugal, Grecia y Chipre.",
			[]string{"event:visit:planned:CL,MY", "event:visit:planned:CL,ID", "event:visit:planned:GR,PE", "event:visit:planned:CY,PE", "event:visit:planned:PE,PT"}, nil},
		{"an executive secretary, also acting, heads the organisation",
			"El ministro de Relaciones Exteriores del Perú, Luis Paz, sostuvo un encuentro con el Secretario Ejecutivo interino de la CEPAL, Ana Ruiz. The minister later met the Executive Secretary of ESCWA, Omar Saleh.",
			[]string{"office:ruiz:ECLAC:secretary_general", "office:saleh:ESCWA:secretary_general"}, []string{"office:ruiz:PE:official"}},
	})
}

// TestSeparateMeetings checks that officials met one after the other give
// one meeting each, and that a sender of greetings does not.
func TestSeparateMeetings(t *testing.T) {
	count := func(fs []string, k string) int {
		n := 0
		for _, f := range fs {
			if f == k {
				n++
			}
		}
		return n
	}
	fs := facts(t, "Le ministre des Affaires étrangères du Portugal, Rui Costa, a effectué une visite de travail au Sénégal. Le 28 février, Rui Costa a rencontré le ministre des Finances sénégalais, Amadou Ba, ainsi que le ministre sénégalais de l'Emploi, Awa Ndiaye.")
	if n := count(fs, "event:meeting:held:PT,SN"); n != 2 {
		t.Errorf("meetings PT,SN = %d, want 2 (one per minister met)\n%v", n, fs)
	}
	if n := count(fs, "event:visit:held:PT,SN"); n != 1 {
		t.Errorf("visits PT,SN = %d, want 1\n%v", n, fs)
	}
	fs = facts(t, "RABAT, 3 mai (MAP) - Le ministre des Affaires étrangères, Karim Zouhair, a été reçu par le président sénégalais, Macky Diop, auquel il a transmis les salutations du Roi Mohammed VI.")
	if n := count(fs, "event:meeting:held:MA,SN"); n != 1 {
		t.Errorf("meetings MA,SN = %d, want 1 (greetings do not make a second meeting)\n%v", n, fs)
	}
	fs = facts(t, "Entretien de Karim Zouhair avec son homologue péruvien\n\nLe ministre des Affaires étrangères, Karim Zouhair, s'est entretenu ce jour par téléphone avec le ministre péruvien des Affaires étrangères, Luis Paz.")
	if n := count(fs, "event:meeting:held:MA,PE") + count(fs, "event:meeting:held:PE"); n != 0 {
		t.Errorf("meetings = %d, want 0 (the headline names the call)\n%v", n, fs)
	}
	fs = facts(t, "Ambos cancilleres hablaron por teléfono. Ambos funcionarios, el canciller chileno Pablo Soto y el canciller peruano Luis Paz, hablaron en vista de la próxima reunión bilateral presidencial en Lima.")
	if count(fs, "event:meeting:planned:CL,PE") != 1 || count(fs, "event:phone_call:planned:CL,PE") != 0 {
		t.Errorf("want one planned meeting and no planned call\n%v", fs)
	}
	fs = facts(t, "Foreign Minister Ana Ruiz of Jamaica and her team met on Tuesday with Deputy Secretary of State Tom Ward; US Ambassador to Jamaica, Luis Paz, and Omar Saleh, Special Advisor for Trade of the United States.")
	if n := count(fs, "event:meeting:held:JM,US"); n != 1 {
		t.Errorf("meetings JM,US = %d, want 1 (a delegation met together)\n%v", n, fs)
	}
}

// TestMonthGivenName checks that a month that is also a given name starts a
// name ("Julio César"), while the same word in a date does not.
func TestMonthGivenName(t *testing.T) {
	txt := "ASUNCIÓN - El ministro de Relaciones Exteriores del Paraguay, Julio César Arriaga, llegó el 3 de julio de 2023."
	c, err := New(Options{}).Extract(context.Background(), loader.TextInput{ID: "t", Data: []byte(txt)})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range c.Entities {
		if e.Type == diplograph.TypePerson {
			if e.ID != "person:julio-cesar-arriaga" {
				t.Errorf("person %s, want person:julio-cesar-arriaga", e.ID)
			}
			found = true
		}
	}
	if !found {
		t.Error("no person found")
	}
	txt = "Peruvian Foreign Minister Luis Paz hosted Tanzanian Foreign Minister January Makamba. On 12 January Tom Ward met the Ghanaian Foreign Minister Ama Mensah."
	c, err = New(Options{}).Extract(context.Background(), loader.TextInput{ID: "t", Data: []byte(txt)})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, e := range c.Entities {
		if e.Type == diplograph.TypePerson {
			ids[e.ID] = true
		}
	}
	if !ids["person:january-makamba"] || ids["person:makamba"] || ids["person:january-tom-ward"] {
		t.Errorf("persons %v, want person:january-makamba and no date glued to a name", ids)
	}
}

// TestMessagePartiesNotMet checks that the sender and the addressee of a
// message carried to a meeting are parties to the message, not to the meeting.
func TestMessagePartiesNotMet(t *testing.T) {
	txt := "RABAT, 12 mars (MAP) - Le ministre des Affaires étrangères, Karim Zouhair, a reçu mardi à Rabat la ministre péruvienne des Affaires étrangères, Ana Ruiz, porteuse d'un message écrit du président péruvien, Luis Paz, au Roi Mohammed VI."
	met := map[string]map[string]bool{"meeting": participantsOf(t, txt, "meeting"), "message": participantsOf(t, txt, "message")}
	if !met["meeting"]["person:karim-zouhair"] || !met["meeting"]["person:ana-ruiz"] {
		t.Errorf("meeting participants %v, want Zouhair and Ruiz", met["meeting"])
	}
	if met["meeting"]["person:luis-paz"] || met["meeting"]["person:mohammed-vi"] {
		t.Errorf("meeting participants %v: the message's sender and addressee did not meet", met["meeting"])
	}
	if !met["message"]["person:luis-paz"] {
		t.Errorf("message participants %v, want the sender Paz", met["message"])
	}
}

// participantsOf returns the persons taking part in events of a kind.
func participantsOf(t *testing.T, txt, kind string) map[string]bool {
	t.Helper()
	c, err := New(Options{}).Extract(context.Background(), loader.TextInput{ID: "t", Data: []byte(txt)})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, e := range c.Entities {
		if e.Type == diplograph.TypeEvent {
			kinds[e.ID], _ = e.Props["kind"].(string)
		}
	}
	out := map[string]bool{}
	for _, r := range c.Relations {
		if r.Type == diplograph.RelParticipatedIn && strings.HasPrefix(r.From, "person:") && kinds[r.To] == kind {
			out[r.From] = true
		}
	}
	return out
}

// TestBareTitleSubject checks that a bare title opening a sentence, after a
// fronted phrase, takes part as the holder named before.
func TestBareTitleSubject(t *testing.T) {
	for _, c := range []struct{ txt, want string }{
		{"Le lundi 23 mai, le président gabonais Paul Mba a présidé le conseil des ministres. En première heure, le chef de l'Etat s'est entretenu avec le ministre des Finances du Tchad, Tahir Hamid Saleh, porteur d'un message écrit.", "person:paul-mba"},
		{"ALGER - Le ministre des Affaires étrangères, Karim Haddad, est arrivé lundi à Séoul. Le ministre a également eu des entretiens avec le ministre nigérian des Affaires étrangères, Paul Okafor.", "person:karim-haddad"},
	} {
		if met := participantsOf(t, c.txt, "meeting"); !met[c.want] {
			t.Errorf("%.60s…: meeting participants %v, want %s, whom the bare title stands for", c.txt, met, c.want)
		}
	}
}
