package extract

// fixOffices adjusts offices once their states are known: a "secretary of
// state" of the United States is its foreign minister even when the title
// goes on with the state ("el secretario de Estado de EE.UU.").
func (x *engine) fixOffices() {
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.role == "official" && (o.state == "MX" || o.state == "US") && secretaryOfStateRe.MatchString(foldString(o.title)) && !deputyRe.MatchString(foldString(o.title)) {
				o.role = "minister" // Mexico's "secretario de Defensa" heads a ministry (a secretaría de Estado), the US "secretario de Seguridad Nacional" a department
				continue
			}
			if o.role != "minister" || o.state != "US" {
				continue
			}
			t := foldString(o.title)
			if (hasWord(t, "secretary of state") || hasWord(t, "secretaire d'etat") || hasWord(t, "secretario de estado") || hasWord(t, "secretaria de estado")) &&
				!foreignRe.MatchString(t) && !deputyRe.MatchString(t) {
				o.role = "foreign_minister"
			}
		}
	}
}

// secretaryOfStateRe: the Mexican title of a secretary who heads a
// portfolio ("secretario de Defensa", "secretaria de Economía").
var secretaryOfStateRe = mkf(`\bsecretari[oa] (?:de la |del |de )?(?:defensa|defensa nacional|salud|hacienda|economia|gobernacion|marina|educacion|educacion publica|energia|turismo|trabajo|cultura|agricultura|bienestar|seguridad|comunicaciones|medio ambiente|desarrollo|funcion publica|infraestructura)\b`)

// hasWord reports whether w occurs in s as a whole word.
func hasWord(s, w string) bool { return wordIndex(s, w) >= 0 }

// dropDefaultBare removes a bare title ("Minister Marsudi") whose state was
// only a default when the person holds an office the text states.
func (x *engine) dropDefaultBare() {
	for _, p := range x.persons {
		stated := false
		for _, o := range p.offices {
			if !o.pending && o.conf >= 0.75 {
				stated = true
			}
		}
		if !stated {
			continue
		}
		other := false // an office the text states other than an envoy's
		for _, o := range p.offices {
			if !o.pending && o.conf >= 0.75 && o.role != "ambassador" {
				other = true
			}
		}
		var keep []*office
		for _, o := range p.offices {
			if o.conf <= 0.65 && bareTitles[foldString(o.title)] {
				continue
			}
			if other && o.role == "ambassador" && bareEnvoyTitles[foldString(o.title)] {
				continue // "Ambassador X, Minister of State of Foreign Affairs": a rank, not a post
			}
			keep = append(keep, o)
		}
		p.offices = keep
	}
}

// bareEnvoyTitles are an envoy's rank used as an honorific before a name.
var bareEnvoyTitles = setOf(`ambassador ambassadeur ambassadrice embajador embajadora amb amb.`)

var bareTitles = setOf(`minister ministre ministro ministra president presidente presidenta secretary secretario secretaria`)
