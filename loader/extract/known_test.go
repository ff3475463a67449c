package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestKnownStates checks that a known office holder named without his
// state, in a sentence about other states, serves his own; that a namesake
// in a document of another time keeps the state the text gives; and that
// doubled letters do not make two persons.
func TestKnownStates(t *testing.T) {
	runCases(t, []ruleCase{
		{"a known office holder serves his own state; Mohamed and Mohammed are one",
			"date 2021-07\n\nLa Vicepresidenta cubana, Ana Ruiz, envió un mensaje de apoyo del presidente Nicolás Maduro, frente al bloqueo impuesto por Estados Unidos a la isla. The Secretary commended King Mohamed VI's leadership; King Mohammed VI of Morocco received him.",
			[]string{"office:maduro:VE:head_of_state", "office:vi:MA:head_of_state"}, []string{"office:maduro:US:head_of_state", "office:maduro:CU:head_of_state"}},
		{"'that country' after two states: the list of known holders picks which",
			"date 2023-03\n\nLas delegaciones de Guatemala y de Colombia se reunieron en esta capital con el canciller de ese país, Mario Búcaro, quien llegó ayer. Búcaro fue recibido en la sede de la cancillería por la ministra interina de Relaciones Exteriores Ana Ruiz.",
			[]string{"office:bucaro:GT:foreign_minister", "office:ruiz:CO:foreign_minister"}, []string{"office:bucaro:CO:foreign_minister", "office:ruiz:GT:foreign_minister"}},
		{"an undated document: untitled known names of recent holders serve the states the text names",
			"Le chef de l'Etat sénégalais a reçu lundi le ministre gambien des Affaires étrangères. Macky Sall et Mamadou Tangara ont évoqué la coopération entre le Sénégal et la Gambie, soixante ans après les visites de Fidel Castro.",
			[]string{"office:sall:SN:head_of_state", "office:tangara:GM:foreign_minister"}, []string{"office:castro:CU:head_of_state"}},
		{"an undated document: an untitled known name of a state the text does not name holds nothing",
			"Le chef de l'Etat ivoirien a reçu lundi le ministre ghanéen des Affaires étrangères. Ils ont parlé de Macky Sall.",
			nil, []string{"office:sall:SN:head_of_state"}},
		{"the president of a military or sovereignty council heads the state",
			"date 2021-06\n\nLe ministre gabonais a reçu un message du président du Conseil militaire de transition du Tchad, le général Omar Saleh, et du président du Conseil de souveraineté du Soudan, Ali Hassan.",
			[]string{"office:saleh:TD:head_of_state", "office:hassan:SD:head_of_state"}, []string{"office:saleh:TD:official", "office:hassan:SD:official"}},
		{"names listed after a plural title share it, and the state of the known holder among them",
			"date 2022-07-15\n\nKenya and Ghana held talks in Accra. Present were Cabinet Secretaries Raychelle Omamo, Luis Paz Mena and Ana Ruiz, and Attorney General Tom Ward.",
			[]string{"office:omamo:KE:minister", "office:mena:KE:minister", "office:ruiz:KE:minister", "office:ward:KE:official"}, []string{"office:mena:GH:minister", "office:ruiz:GH:minister"}},
		{"'los cancilleres de ambos países, X y Y': one foreign minister of each state, the known one of his own",
			"date 2018-05\n\nLa ceremonia de apertura de la embajada de Perú en Pekín contó con la presencia de los cancilleres de ambos países, Luis Paz Mena y Wang Yi.",
			[]string{"office:mena:PE:foreign_minister", "office:yi:CN:foreign_minister"}, []string{"office:mena:CN:foreign_minister"}},
		{"the first official named, a known holder with no state in his title, gives the reporting state",
			"date 2021-05-02\n\n(Pakistan Point News) H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, received Prince Faisal bin Farhan, Foreign Minister of the Kingdom of Saudi Arabia, in Abu Dhabi. They discussed Pakistan, the situation in Pakistan and aid to Pakistan. Attending the meeting was Omar Saleh Ali, Minister of State.",
			[]string{"office:ali:AE:minister"}, []string{"office:ali:PK:minister"}},
		{"a leader named by the surname alone, in a year the list knows him in office",
			"date 2019-10-13\n\nFollowing her visit to Qatar, Minister Thandi Mokoena will travel to Iran for the Investment Conference to be hosted by President Ramaphosa in November.",
			[]string{"office:ramaphosa:ZA:head_of_state"}, []string{"office:ramaphosa:IR:head_of_state"}},
		{"a known minister named by the surname alone; her counterpart is of the other state, once",
			" date 2024-05-05 Today, on the first day of her visit, Minister Pandor held Bilateral Talks with her counterpart, HE Mr Simon Ela Nsue, Minister of Foreign Affairs, International Cooperation and Diaspora.\n\nThe discussions focussed on strengthening bilateral relations between South Africa and Equatorial Guinea.",
			[]string{"office:pandor:ZA:minister", "office:nsue:GQ:foreign_minister"}, []string{"office:nsue:ZA:foreign_minister", "office:nsue:GQ:minister", "office:pandor:GQ:minister"}},
		{"a namesake of a former prime minister in a later document",
			"date 2024-05-04\n\nPARIS - Le Président de la République, Paul Martin, a reçu les lettres de créance des ambassadeurs suivants : Ken Sato, ambassadeur du Japon ; Ana Vidal, ambassadrice du Chili.",
			[]string{"office:martin:FR:head_of_state"}, []string{"office:martin:CA:head_of_state"}},
		{"a known holder named without a title holds his office in his years; a title word before the name gives the role",
			"date 2019-07\n\nLe ministre malien Omar Saleh a été reçu jeudi à Dakar par Macky Sall. L'audience s'est déroulée en présence du ministre de l'Intérieur, des Collectivités locales et de l'Aménagement du territoire, Noureddine Bedoui, et de Denis Sassou Nguesso.",
			[]string{"office:sall:SN:head_of_state", "office:nguesso:CG:head_of_state", "office:bedoui:DZ:minister", "event:meeting:held:ML,SN"}, []string{"office:nguesso:CG:minister", "office:bedoui:DZ:head_of_government"}},
		{"a known holder named after \"de\" is no participant",
			"date 2022-08-07\n\nEl canciller peruano Luis Paz se reunió con su homólogo boliviano, Tom Ward, en la ceremonia de investidura de Gustavo Petro en Bogotá.",
			[]string{"office:petro:CO:head_of_state", "event:meeting:held:BO,PE"}, []string{"event:meeting:held:BO,CO,PE", "event:meeting:held:CO,PE"}},
		{"a counterpart whose possessor is not found, known as a head of state, is one; Doña inside a name",
			"date 2018-11-04\n\nEn la que es la primera visita oficial al país asiático de un presidente peruano, Paz se reunió ayer con su homólogo chino, Xi Jinping. El embajador de Cuba, Pedro Doña Santana, asistió.",
			[]string{"office:jinping:CN:head_of_state", "office:santana:CU:ambassador"}, []string{"office:jinping:CN:foreign_minister"}},
		{"an untitled known name holds the office of the document's very year",
			"date 2021-06-18\n\nLes relations bilatérales ont figuré au coeur des discussions entre Ignazio Cassis et le ministre français des Affaires étrangères Luis Paz jeudi à Paris.",
			[]string{"office:cassis:CH:foreign_minister"}, []string{"office:cassis:CH:head_of_state"}},
		{"an untitled name the list only knows as an official holds nothing",
			"date 2020-03-02\n\nEl nuevo presidente de Uruguay, Luis Paz, reconocerá al líder opositor, Juan Guaidó, como presidente encargado.",
			[]string{"office:paz:UY:head_of_state"}, []string{"office:guaido:VE:official"}},
		{"outside his years, or in a document of unknown year, an untitled name holds nothing",
			"date 2010-05\n\nLe ministre malien Omar Saleh a rencontré Gustavo Petro à Bogotá. Noureddine Bedoui était présent.",
			nil, []string{"office:petro:CO:head_of_state", "office:bedoui:DZ:head_of_government"}},
	})
}

// TestKnownLookup checks the index of known office holders: full names, the
// first and last words of longer names, honorifics, doubled letters, the
// years of office, and that one word is never enough.
func TestKnownLookup(t *testing.T) {
	ix := knownPeople()
	for _, c := range []struct {
		name string
		year int
		want string // "" when nothing is known
	}{
		{"Nasser Bourita", 2023, "MA"},
		{"Nicolás Maduro", 0, "VE"},
		{"Sheikh Tamim bin Hamad Al Thani", 2023, "QA"},
		{"Mohamed VI", 2020, "MA"},
		{"Paul Martin", 2005, "CA"},
		{"Paul Martin", 2024, ""},
		{"Maduro", 2020, "VE"},
		{"Maduro", 2003, "HN"}, // Ricardo Maduro, president of Honduras
		{"Maduro", 2005, ""},   // and Nicolás Maduro, foreign minister of Venezuela from 2006
		{"Maduro", 0, ""},      // Honduras and Venezuela
		{"Kim", 2020, ""},
		{"Obiang Nguema Mbasogo", 2017, "GQ"},
		{"Iwaya Takeshi", 2024, "JP"},
		{"Jean Dupont Inconnu", 2020, ""},
		{"Salmane Ibn Abdelaziz Al Saoud", 2019, "SA"}, // another transliteration, the family name after
		{"Salmán bin Abdulaziz", 2018, "SA"},
		{"Mohamed Ben Zayed Al Nahyane", 2023, "AE"},
		{"Salman Abdulaziz", 2019, ""}, // no particle: the skeleton is not compared
	} {
		v, ok := ix.lookup(personKeyWords(c.name), c.year)
		if w := personKeyWords(c.name); !ok && len(w) == 1 {
			v, ok = ix.lookupLeader(w[0], c.year)
		}
		if got := v.state; !ok && got != "" || ok && got != c.want || !ok && c.want != "" {
			t.Errorf("lookup(%q, %d) = %q, %v; want %q", c.name, c.year, got, ok, c.want)
		}
	}
}

// TestUndoubledEqual checks the allocation-free comparison against undoubled.
func TestUndoubledEqual(t *testing.T) {
	ws := []string{"", "a", "aa", "mohammed", "mohamed", "mohamad", "abdallah", "abdalah", "aab", "abb", "ab", "ba", "mohameddd"}
	for _, a := range ws {
		for _, b := range ws {
			if got, want := undoubledEqual(a, b), undoubled(a) == undoubled(b); got != want {
				t.Errorf("undoubledEqual(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestSpellingVariants checks which two names of one office are one person.
func TestSpellingVariants(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Pravind Kumar Jagnauth", "Jugnauth", true},
		{"Narendera Modi", "Narendra Modi", true},
		{"Luis Paz", "José Paz", false},      // two persons of one family name
		{"Ana Ruiz", "Ana Ruiz", false},      // the same words: one person already
		{"Tom Ward", "Tom Word", false},      // short family names decide nothing
		{"Ana Mendoza", "Ana Mendez", false}, // two letters apart
	} {
		if got := spellingVariant(personWords(c.a), personWords(c.b)); got != c.want {
			t.Errorf("spellingVariant(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	runCases(t, []ruleCase{
		{"a Spanish president named by his first family name is one person",
			"date 2021-05-10\n\nPresidente Abdo recibió cartas credenciales.\n\nEl presidente de Paraguay, Luis Abdo Benítez, recibió las cartas credenciales de Ana Ruiz, nueva embajadora de España.",
			[]string{"office:benitez:PY:head_of_state"}, []string{"office:abdo:PY:head_of_state"}},
		{"one prime minister written twice is one person",
			"date 2024-07-16\n\nDuring his visit to Mauritius, Minister Ana Ruiz of Peru conveyed the greetings of President Luis Paz to Prime Minister Pravind Kumar Jagnauth. She later called on PM Jugnauth in Port Louis.",
			[]string{"office:jagnauth:MU:head_of_government"}, []string{"office:jugnauth:MU:head_of_government"}},
	})
}

// TestConsonants checks consonants against its definition: the strings.Replacer
// of "dj", "ch" and "q", then the vowels, "y" and doubled letters left out.
func TestConsonants(t *testing.T) {
	repl := strings.NewReplacer("dj", "j", "ch", "sh", "q", "k")
	ref := func(w string) string {
		w = repl.Replace(w)
		var b []byte
		for i := 0; i < len(w); i++ {
			c := w[i]
			if isVowel(c) || c == 'y' || len(b) > 0 && b[len(b)-1] == c {
				continue
			}
			b = append(b, c)
		}
		if len(b) == 0 {
			return w
		}
		return string(b)
	}
	ws := []string{"", "a", "ayo", "salmane", "abdelaziz", "saoud", "djibril", "ddj", "dddj", "chch", "cch", "shch", "qq", "kq", "qk", "djj", "jdj", "cheikh", "qatar", "hch", "ssh"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		b := make([]byte, r.Intn(8))
		for j := range b {
			b[j] = "adjchqksyeo"[r.Intn(11)]
		}
		ws = append(ws, string(b))
	}
	for _, w := range ws {
		if got, want := consonants(w), ref(w); got != want {
			t.Errorf("consonants(%q) = %q, want %q", w, got, want)
		}
	}
}
