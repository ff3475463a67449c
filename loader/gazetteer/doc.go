// Package gazetteer recognises states, capitals, demonyms and adjectives,
// territories, cities and international organisations in French, English and
// Spanish text.
//
// The data are generated (see internal/gen and `go generate`) into data.json,
// which is embedded in the binary: nothing is fetched at run time. Sources:
//
//   - CLDR country names in en/fr/es, through golang.org/x/text/language/display;
//   - the mledoze "countries" data set (../shared/data/countries/countries.json),
//     © Mohammed Le Doze, made available under the Open Database License (ODbL)
//     v1.0: official names, fra/spa translations, eng/fra demonyms, capitals and
//     alternative spellings. The derived database data.json is likewise
//     available under the ODbL; see NOTICE in this directory;
//   - curated.json, our own additions: demonyms in every gender and number
//     (French and Spanish), official and article forms, capitals in their
//     fr/en/es forms, combining forms ("maroco-", "franco-"), organisations
//     with their names and acronyms, cities, and the choice made when a name is
//     ambiguous ("Congo" → CG, "Corée"/"Korea" → KR, "Guinée" → GN).
//
// Matching folds the text once (lower case, accents removed, with a byte-offset
// map back to the input), splits it into word tokens and walks a trie of folded
// token sequences, keeping the leftmost-longest match. Full names match case-
// and accent-insensitively across spaces, hyphens and apostrophes (' and ’),
// but a state, capital, city or organisation name must be capitalised (one
// of its words starts with an upper-case letter), so that "turkey" or
// "chile" as common nouns and "conseil de sécurité" in lower case are not
// taken. Acronyms prone to collisions with words ("UN", "US", "UE", "UA",
// "WHO") match case-sensitively and only as whole tokens.
//
// Use Default() for the shared instance; Find returns Mentions whose Kind is
// State, Capital, Demonym, Org, Territory or City, and the records behind the
// keys are StateInfo (State, StateByISO3, States), OrgInfo (Org, OrgByID, Orgs;
// Parent gives the organisation a body belongs to, e.g. UNSC → UN), and
// TerritoryInfo. (The Kind constants State and Org take those names, hence the
// Info suffix of the record types.) Some names belong to a body that the
// extractor may want to roll up to its parent: "Assemblée générale" is UNGA
// even when followed by "de l'OCI", which is reported as a second mention.
//
// Western Sahara is not a state here: "Sahara occidental", "Sahara marocain",
// "Western Sahara" are reported with Kind Territory and key "ESH" so that the
// extractor can treat sovereignty questions; cities are attached to the state
// that Moroccan sources present them in (CityState).
//
// People lists known office holders (people.jsonl, written by the project
// from general knowledge): the state or organisation a named politician
// serves, for texts that name a leader without saying whose he is.
package gazetteer
