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
