// Package extract turns the text of a diplomatic communiqué (French, English
// or Spanish) into the facts of the interchange format (shared/eval/FORMAT.md):
// states, persons and their offices, events, positions, memberships,
// missions, organisation headquarters and parents, each relation with the
// sentence that states it as evidence (quote and byte offsets into the
// original input) and a confidence.
//
// The extractor is rule-based and deterministic. It decodes and normalises
// the input with loader/text, finds names of states and organisations with
// loader/gazetteer, and runs, sentence by sentence, patterns over an
// accent-folded view of the text:
//
//  1. persons: a capitalised name preceded by a title chain ("le Vice-premier
//     ministre, ministre des Affaires étrangères du Kazakhstan, Mukhtar
//     Tleuberdi": two roles) or followed by an apposition ("Nasser Bourita,
//     ministre …"); each role is classified into FORMAT's vocabulary with
//     the title kept, and attached to the state or organisation the title
//     names (name, demonym); otherwise to the reporting state (dateline,
//     agency, source, most-mentioned state) or, when that state already has
//     a holder of the role or the role does not fit it (a king of a
//     republic), to the partner state; a known office holder of the
//     gazetteer's list (loader/gazetteer People) whose state the title does
//     not name takes the state he served in the document's year, and one
//     the text names without any title (two words at least, in a document
//     of known year, within his years of office) holds that office;
//  2. coreference: surnames, "le Roi", "le ministre kazakh", "son
//     homologue", "les deux ministres", "les deux pays";
//  3. events: trigger phrases per kind, participants from the persons and
//     actor states of the sentence (not those "en présence de"), status
//     planned when the clause says agreed/invited/future, one event per
//     kind and set of states;
//  4. positions, memberships, missions, headquarters and parent organisations
//     from cue phrases and the nearest state or organisation names.
//
// Confidence (in [0,1]) is a per-rule prior, not a calibrated probability:
// 0.9 for an office whose state is named in the title, 0.75 for a
// counterpart ("son homologue marocain"), 0.65 when the state is the
// reporting state by default and 0.55 when it is inferred as the partner,
// 0.8 when it comes from the list of known office holders and 0.6 for an
// untitled name of that list;
// 0.8 for an event participant named in the trigger sentence and 0.65 for a
// state participant without a named person; 0.85 for a supporter named in a
// genitive ("le soutien du Kazakhstan") and 0.7 for one found as the nearest
// actor; 0.75–0.8 for memberships, missions and organisation relations,
// 0.5–0.6 when the host of a mission is a default.
package extract

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"diplograph"
	"diplograph/loader"
	"diplograph/loader/gazetteer"
	"diplograph/loader/text"
)

// Options configures an Extractor.
type Options struct {
	// Gazetteer recognises states and organisations; nil means gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
	// Logger receives warnings (unknown language, …); nil means slog.Default().
	Logger *slog.Logger
}

// Extractor extracts facts from communiqué texts. It is safe for concurrent
// use: each call works on its own state.
type Extractor struct {
	g   *gazetteer.Gazetteer
	log *slog.Logger
}

// New returns an Extractor.
func New(opts Options) *Extractor {
	g := opts.Gazetteer
	if g == nil {
		g = gazetteer.Default()
	}
	l := opts.Logger
	if l == nil {
		l = slog.Default()
	}
	return &Extractor{g: g, log: l}
}

var _ loader.Extractor = (*Extractor)(nil)

// Extract decodes in.Data, identifies its language and date, and extracts
// its facts. Errors are *diplograph.Error values of kind Invalid naming
// in.Path for inputs that cannot be read as text (empty, binary, too large).
// A bug in a rule does not take the caller down: it becomes an Internal
// error naming the file, and the other documents go on.
func (x *Extractor) Extract(ctx context.Context, in loader.TextInput) (c *diplograph.Communique, err error) {
	defer func() {
		if r := recover(); r != nil {
			x.log.Error("extraction failed", "path", in.Path, "panic", r, "stack", string(debug.Stack()))
			c, err = nil, diplograph.Errorf("extract", diplograph.Internal, "extraction failed: %v", r).WithPlace(in.Path, 0)
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, diplograph.E("extract", diplograph.Timeout, err).WithPlace(in.Path, 0)
	}
	d, err := text.Decode(in.Data)
	if err != nil {
		e := diplograph.E("extract", diplograph.Invalid, err)
		return nil, e.WithPlace(in.Path, 0)
	}
	if d.Encoding != text.UTF8 && d.Encoding != text.UTF8BOM {
		x.log.Info("converted input encoding", "path", in.Path, "encoding", d.Encoding)
	}
	lang := d.Lang
	switch {
	case in.Lang != "":
		lang = strings.ToLower(in.Lang)
	case d.Header.Lang == "fr" || d.Header.Lang == "en" || d.Header.Lang == "es":
		lang = d.Header.Lang
	}
	if lang != "fr" && lang != "en" && lang != "es" {
		x.log.Warn("unknown language: extracting with the rules of all three languages", "path", in.Path, "lang", lang, "score", d.LangScore)
		lang = ""
	}
	ref := d.RefDate(in.Date)
	id := in.ID
	if id == "" {
		id = "doc"
	}
	doc := &diplograph.Document{Doc: diplograph.DocMeta{ID: id, Lang: lang, Date: ref.String(), Title: d.Header.Title}}
	doc.Doc.Source = in.Source
	if doc.Doc.Source == "" {
		doc.Doc.Source = d.Header.Source
	}
	if doc.Doc.Source == "" && in.Path != "" && in.Path != "-" {
		doc.Doc.Source = in.Path
	}
	if len(d.Text) > math.MaxInt32 {
		// the folded view maps offsets as int32 (fold.go)
		e := diplograph.E("extract", diplograph.Invalid, errors.New("text too large"))
		return nil, e.WithPlace(in.Path, 0)
	}
	sc := getScratch()
	defer sc.release()
	e := &engine{g: x.g, doc: d, lang: lang, ref: ref, docID: id, sc: sc}
	if err := e.run(ctx, in.Source); err != nil {
		return nil, diplograph.E("extract", err).WithPlace(in.Path, 0)
	}
	e.emit(doc)
	// the buffers, perhaps grown, go back to the pool
	sc.ments, sc.pms, sc.nameSpans = e.ments, e.pms, e.nameSpans
	return &diplograph.Communique{Document: doc, Text: d.Original()}, nil
}

// run executes the passes.
func (x *engine) run(ctx context.Context, src string) error {
	sc := x.scr()
	x.f = foldWith(x.doc.Text, sc)
	x.wstarts = appendWordStarts(sc.wstarts[:0], x.f.low)
	sc.wstarts = x.wstarts
	x.pms, x.nameSpans = sc.pms[:0], sc.nameSpans[:0]
	x.indexStarts()
	x.sents = make([]span, 0, len(x.doc.Sentences())+8)
	if ts := x.doc.Header.TitleSpan; ts.End > ts.Start && ts.End <= x.doc.BodyStart {
		// the title ("title: …", or lines before the dateline) is read as a
		// headline: "Visite de travail à Luxembourg du ministre … des Pays-Bas"
		x.sents = x.appendLines(x.sents, span{x.f.view(ts.Start), x.f.view(ts.End)})
	}
	x.softWraps = softWrapped(x.f.up[x.f.view(x.doc.BodyStart):])
	for _, s := range x.doc.Sentences() {
		x.sents = x.appendLines(x.sents, span{x.f.view(s.Start), x.f.view(s.End)})
	}
	x.joinRosterLines()
	x.loadMentions()
	x.joinCutMentions()
	x.acronymStates()
	x.disambiguateDemonyms()
	x.filterMentions()
	x.findReporting(src)
	strong := x.reporting != ""
	if strong {
		x.addKingdomRefs()
	}
	x.findPersons()
	x.dropMentionsInNames()
	x.distributedTitles()
	x.diplomacyHeads()
	x.copulaAmbassadors()
	x.listedAmbassadors()
	x.popes()
	x.listedLeaders()
	x.pluralTitledNames()
	x.pluralDemonymTitles()
	x.statesBeforePluralTitles()
	x.ellipticTitles()
	x.listedCounterparts()
	x.statedEnvoys()
	x.ceremonyEnvoys()
	slices.SortStableFunc(x.pms, byStart)
	x.knownNames()
	x.alsoTitles()
	x.headlineHolder()
	if !strong {
		x.reportingFromPersons()
		x.addKingdomRefs()
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// the passes above append the mentions they add: in text order again for pmRange
	slices.SortStableFunc(x.pms, byStart)
	x.resolveOffices()
	x.diplomatRanks()
	x.fixOffices()
	x.dropDefaultBare()
	x.upgradeBareMinister()
	x.foreignSecretaries()
	x.upgradePluralForeignMinisters()
	x.knownStates()
	x.fixOffices() // again: the list of known leaders may have settled a state
	x.presidentsStaff()
	x.attributedSpokespersons()
	x.alignTitledLists()
	x.dropGeneric()
	x.findRefs()
	x.findEvents()
	x.listedMeetings()
	x.includedMeetings()
	x.listedEnvoys()
	x.rosterCredentials()
	x.representedEnvoys()
	x.dropEnvoyPairs()
	x.rosterMeetings()
	x.visitingPersons()
	x.messageCarriers()
	x.handedMessages()
	x.orgMeetings()
	x.dropPersonlessRepeats()
	if err := ctx.Err(); err != nil {
		return err
	}
	x.findSupports()
	x.personCandidacySupports()
	x.reciprocalSupports()
	x.dropManyEachOther()
	x.voteSupports()
	x.endorsedSupports()
	x.receivedBacking()
	x.possessiveBackings()
	x.similarStances()
	x.causeSupports()
	x.withdrawnCandidacies()
	x.saharaClaims()
	x.findMemberships()
	x.foundedMembers()
	x.comprisedMembers()
	x.observerLists()
	x.listedObservers()
	x.oneOfMembers()
	x.colonMembers()
	x.newMembers()
	x.composedMembers()
	x.cuedMemberLists()
	x.countedMembers()
	x.replacedMembers()
	x.electedMembers()
	x.dropTerritoryMembers()
	x.dropPlenaryMembers()
	x.dropBackerMemberships()
	x.directSupports()
	x.findMissions()
	x.enumeratedMissions()
	x.missionSenderLists()
	x.openedByMissions()
	x.representationLists()
	x.dedupeMissions()
	x.missionAmbassadors()
	x.findOrgRels()
	x.unNamedParents()
	x.mergeSpellings()
	return ctx.Err()
}

// splitLines cuts a sentence at line breaks that end a line without
// punctuation before a capital ("headline\nLe ministre …"): a headline or a
// signature is not part of the next sentence.
func (x *engine) splitLines(sp span) []span { return x.appendLines(nil, sp) }

// appendLines appends the parts of sp (see splitLines) to out.
func (x *engine) appendLines(out []span, sp span) []span {
	up := x.f.up
	start := sp.s
	for i := sp.s; i < sp.e; i++ {
		if up[i] != '\n' || i == start {
			continue
		}
		j := i - 1
		for j > start && up[j] == ' ' {
			j--
		}
		k := i + 1
		for k < sp.e && (up[k] == ' ' || up[k] == '\n') {
			k++
		}
		if k >= sp.e || !(up[k] >= 'A' && up[k] <= 'Z') {
			continue
		}
		if c := up[j]; c == ',' || c == ';' || c == ':' || c == '-' || c == '(' {
			continue
		}
		if x.softWraps && k == i+1 && !sentenceEndByte(up[j]) {
			continue // a line wrapped inside a sentence ("…integrada de pleno derecho por\nAntigua y Barbuda, …")
		}
		out = append(out, span{start, j + 1})
		start = k
	}
	return append(out, span{start, sp.e})
}

// rosterNameRe is a line holding only an honorific and a name: in a roster
// the envoy's title follows on the next line.
var rosterNameRe = mkf(`^\s*(?:[-•*]\s*)?(?:her excellency|his excellency|son excellence|su excelencia|h\.e\.|s\.e\.?|excma?\.?|excelentisim[oa])\s+(?:(?:mr|mrs|ms|dr|archbishop|monseigneur|mgr|sheikh|madame|monsieur|senor|senora)\.?\s+)?[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){1,6}\s*$`)

// joinRosterLines joins a roster entry's two lines, read as two sentences:
// "His Excellency X Y" and, on the next line, "Ambassador of Z".
func (x *engine) joinRosterLines() {
	if len(x.sents) < 2 {
		return
	}
	out := x.sents[:1]
	for _, sp := range x.sents[1:] {
		last := &out[len(out)-1]
		if gap := x.f.up[last.e:sp.s]; strings.Count(gap, "\n") == 1 && strings.TrimSpace(gap) == "" &&
			rosterNameRe.MatchString(x.f.low[last.s:last.e]) && x.anchored(headRe, sp.s, sp.e) > 0 {
			last.e = sp.e
			continue
		}
		out = append(out, sp)
	}
	x.sents = out
}

// joinCutMentions joins two sentences when a gazetteer mention runs from
// one into the next (a name with a dot inside, "R. D. Congo"): the rules
// read a mention inside its sentence, and slice the sentence from its end.
func (x *engine) joinCutMentions() {
	if len(x.sents) < 2 {
		return
	}
	out := x.sents[:1]
	mi, maxEnd := 0, 0 // the next mention; the furthest end of the last sentence's mentions
	for _, sp := range x.sents[1:] {
		last := &out[len(out)-1]
		for mi < len(x.ments) && x.ments[mi].s < last.e {
			if x.ments[mi].s >= last.s {
				maxEnd = max(maxEnd, x.ments[mi].e)
			}
			mi++
		}
		if maxEnd > last.e {
			last.e = max(last.e, sp.e) // (linear: the mentions already read are not read again)
			continue
		}
		out = append(out, sp)
		maxEnd = 0
	}
	x.sents = out
}

// softWrapped reports whether a body is hard-wrapped: its paragraphs run
// over several lines of similar length, most of them ending inside a
// sentence. There a single line break followed by a capital is no sentence
// break.
func softWrapped(body string) bool {
	inner, open := 0, 0 // line breaks inside paragraphs; those ending mid-sentence
	lineStart := 0
	for i := 0; i < len(body); i++ {
		if body[i] != '\n' {
			continue
		}
		line := strings.TrimRight(body[lineStart:i], " \r")
		lineStart = i + 1
		if i+1 >= len(body) || body[i+1] == '\n' || body[i+1] == '\r' || len(line) == 0 {
			continue // a paragraph's end
		}
		inner++
		if len(line) >= 40 && len(line) <= 100 && !sentenceEndByte(line[len(line)-1]) {
			open++
		}
	}
	return inner >= 4 && open*10 >= inner*6
}

// sentenceEndByte reports whether c may close a sentence.
func sentenceEndByte(c byte) bool {
	switch c {
	case '.', '!', '?', '"', ')', ']':
		return true
	}
	return c >= 0x80 // a closing quote or other punctuation outside ASCII
}

// builder accumulates entities and relations without duplicates.
type builder struct {
	x      *engine
	doc    *diplograph.Document
	ents   map[string]bool
	states map[string]string // ISO2 → id of the states already added
	orgs   map[string]string // key → id of the organisations already added
	// keys holds the key of each relation of doc.Relations; rels indexes
	// them once there are more than linearRels (a short list is searched
	// faster than a map is built)
	keys []relKey
	rels map[relKey]int
	// evs and confs are slabs the relations' first evidence and confidence
	// are cut from: one allocation for many relations instead of one each
	evs   []diplograph.Evidence
	confs []float64
}

// relKey identifies a relation: type, ends, and the role for HOLDS_OFFICE
// and PARTICIPATED_IN.
type relKey struct{ typ, from, to, role string }

// linearRels is the most relations whose keys are searched in order.
const linearRels = 32

// relIndex returns the index of the relation with key in doc.Relations.
func (b *builder) relIndex(key relKey) (int, bool) {
	if b.rels != nil {
		i, ok := b.rels[key]
		return i, ok
	}
	for i, k := range b.keys {
		if k == key {
			return i, true
		}
	}
	return 0, false
}

// addKey records the key of the relation just appended to doc.Relations.
func (b *builder) addKey(key relKey) {
	b.keys = append(b.keys, key)
	switch {
	case b.rels != nil:
		b.rels[key] = len(b.keys) - 1
	case len(b.keys) > linearRels:
		b.rels = make(map[relKey]int, 2*len(b.keys))
		for i, k := range b.keys {
			b.rels[k] = i
		}
	}
}

func (b *builder) entity(id, typ, name string, props map[string]any) {
	if b.ents[id] {
		return
	}
	b.ents[id] = true
	b.doc.Entities = append(b.doc.Entities, diplograph.Entity{ID: id, Type: typ, Name: name, Props: props})
}

func (b *builder) state(iso string) string {
	// fast path: the id of a state already added, without building it again
	if id, ok := b.states[iso]; ok {
		return id
	}
	id := "state:" + iso
	if !b.ents[id] {
		name, props := iso, map[string]any{"iso2": iso}
		if si, ok := b.x.g.State(iso); ok {
			name = si.Name
			if si.ISO3 != "" {
				props["iso3"] = si.ISO3
			}
		}
		b.entity(id, diplograph.TypeState, name, props)
	}
	b.states[iso] = id
	return id
}

func (b *builder) org(key string) string {
	// fast path: an organisation already added (the gazetteer does not
	// change: the same key gives the same id)
	if id, ok := b.orgs[key]; ok {
		return id
	}
	id := b.addOrg(key)
	b.orgs[key] = id
	return id
}

func (b *builder) addOrg(key string) string {
	oi, ok := b.x.g.Org(key)
	if !ok {
		id := "org:" + slug(key)
		b.entity(id, diplograph.TypeOrganisation, key, map[string]any{"acronym": key})
		return id
	}
	if !b.ents[oi.ID] {
		props := map[string]any{}
		if oi.Acronym != "" {
			props["acronym"] = oi.Acronym
		}
		var names []string
		for _, l := range []string{"en", "fr", "es"} {
			for _, n := range oi.Names[l] {
				if !contains(names, n) {
					names = append(names, n)
				}
			}
		}
		if len(names) > 0 {
			props["names"] = names
		}
		b.entity(oi.ID, diplograph.TypeOrganisation, oi.Name, props)
	}
	return oi.ID
}

func (b *builder) rel(typ, from, to string, props map[string]any, ev span, conf float64) {
	key := relKey{typ: typ, from: from, to: to}
	if typ == diplograph.RelHoldsOffice || typ == diplograph.RelParticipatedIn {
		if r, ok := props["role"].(string); ok {
			key.role = r
		}
	}
	q, s, e := b.x.doc.Quote(b.x.f.text(ev.s), b.x.f.textEnd(ev.e))
	// defensive: offsets are input offsets and must stay inside the input
	// (the text layer maps them; a decoding corner case must not produce an
	// invalid document)
	n := b.x.doc.InputLen()
	s, e = min(max(s, 0), n), min(max(e, 0), n)
	if e < s {
		e = s
	}
	evd := diplograph.Evidence{Quote: q, Start: s, End: e}
	if i, ok := b.relIndex(key); ok {
		r := &b.doc.Relations[i]
		dup := false
		for _, old := range r.Evidence {
			if old.Start == s && old.End == e {
				dup = true
			}
		}
		if !dup && q != "" && len(r.Evidence) < 5 {
			r.Evidence = append(r.Evidence, evd)
		}
		if conf > *r.Confidence {
			*r.Confidence = conf
		}
		return
	}
	if len(b.confs) == cap(b.confs) {
		b.confs = make([]float64, 0, slabSize(cap(b.confs)))
	}
	b.confs = append(b.confs, conf)
	r := diplograph.Relation{Type: typ, From: from, To: to, Props: props, Confidence: &b.confs[len(b.confs)-1]}
	if q != "" {
		if len(b.evs) == cap(b.evs) {
			b.evs = make([]diplograph.Evidence, 0, slabSize(cap(b.evs)))
		}
		b.evs = append(b.evs, evd)
		// capacity 1: a second evidence is appended to a copy, never
		// over the next relation's
		r.Evidence = b.evs[len(b.evs)-1 : len(b.evs) : len(b.evs)]
	}
	b.doc.Relations = append(b.doc.Relations, r)
	b.addKey(key)
}

// slabSize is the size of the slab after one of size n: doubling from 4, at
// most 64, so that small documents waste little.
func slabSize(n int) int {
	return min(max(2*n, 4), 64)
}

// emit writes the facts into doc.
func (x *engine) emit(doc *diplograph.Document) {
	// an upper estimate of the number of relations, to size the map and
	// the slice once
	nrel := 2*len(x.supports) + len(x.members) + len(x.parents)
	for _, p := range x.persons {
		for _, o := range p.offices {
			if o.org != "" || o.state != "" {
				nrel++
			}
			if o.role == "secretary_general" && o.org != "" {
				nrel++
			}
		}
	}
	for _, ev := range x.events {
		nrel += len(ev.persons) + len(ev.states)
	}
	for _, m := range x.missions {
		nrel += 2
		if m.city != "" {
			nrel += 2
		}
	}
	for _, h := range x.hqs {
		nrel++
		if h.city != "" {
			nrel += 2
		}
	}
	// the entities and the relation keys are gathered in pooled buffers:
	// sortByType copies the entities to the document's own slice, and no
	// result keeps the keys
	sc := x.scr()
	b := &builder{x: x, doc: doc, ents: map[string]bool{}, states: map[string]string{}, orgs: map[string]string{}, keys: slices.Grow(sc.relKeys[:0], nrel)}
	doc.Relations = make([]diplograph.Relation, 0, nrel)
	doc.Entities = sc.ents[:0]
	// states and organisations mentioned
	for _, m := range x.ments {
		switch m.kind {
		case kState:
			if _, done := b.states[m.key]; done {
				continue // fast path: added by an earlier mention
			}
			if _, ok := x.g.State(m.key); ok {
				b.state(m.key)
			}
		case kOrg:
			b.org(m.key)
		}
	}
	// persons and offices
	for _, p := range x.persons {
		props := map[string]any{}
		var aliases []string
		for _, f := range p.forms {
			if f != p.name {
				aliases = append(aliases, f)
			}
		}
		if len(aliases) > 0 {
			props["aliases"] = aliases
		}
		if len(props) == 0 {
			props = nil
		}
		b.entity(p.id, diplograph.TypePerson, p.name, props)
		for _, o := range p.offices {
			if o.pending || o.counterpart || o.role == "secretary" || o.role == "secretary_of_state" || o.role == "counterpart" {
				continue
			}
			props := map[string]any{"role": o.role, "title": o.title}
			switch {
			case o.org != "":
				org, organ := officeOrg(o.org)
				to := b.org(org)
				b.rel(diplograph.RelHoldsOffice, p.id, to, props, o.ev, o.conf)
				if o.role == "secretary_general" && !organ {
					b.rel(diplograph.RelHeads, p.id, to, nil, o.ev, o.conf) // the head of an organ does not head the union
				}
			case o.state != "":
				if _, ok := x.g.State(o.state); !ok {
					continue
				}
				b.rel(diplograph.RelHoldsOffice, p.id, b.state(o.state), props, o.ev, o.conf)
			}
		}
	}
	// events
	for i, ev := range x.events {
		id := "event:" + x.docID + ":" + strconv.Itoa(i+1)
		var names []string
		for _, p := range ev.persons {
			if len(p.words) > 0 {
				names = append(names, lastOf(p.name))
			}
		}
		name := kindNames[ev.kind]
		if len(names) > 0 {
			name += " " + strings.Join(names, "–")
		} else {
			name += " " + strings.Join(ev.states, "–")
		}
		props := map[string]any{"kind": ev.kind, "status": ev.status}
		if ev.date != "" && diplograph.ValidDate(ev.date) {
			props["date"] = ev.date
		}
		b.entity(id, diplograph.TypeEvent, name, props)
		covered := map[string]bool{}
		for _, p := range ev.persons {
			var sbuf [4]string
			st := p.appendStates(sbuf[:0])
			if len(p.offices) == 0 && p.former != "" && contains(ev.states, p.former) {
				// a former office holder takes part; the state is added below
				b.rel(diplograph.RelParticipatedIn, p.id, id, nil, ev.ev, ev.conf)
				continue
			}
			if len(st) == 0 && orgOfficial(p) {
				// an organisation's official: a participant who adds no state
				// ("met with UN Secretary-General X")
				b.rel(diplograph.RelParticipatedIn, p.id, id, nil, ev.ev, ev.conf)
				continue
			}
			if len(st) == 0 || !overlaps(st, ev.states) {
				continue
			}
			// a person whose offices would add states outside the event is left out
			ok := true
			for _, s := range st {
				if !contains(ev.states, s) {
					ok = false
				}
			}
			if !ok {
				continue
			}
			b.rel(diplograph.RelParticipatedIn, p.id, id, nil, ev.ev, ev.conf)
			for _, s := range st {
				covered[s] = true
			}
		}
		for _, s := range ev.states {
			if !covered[s] {
				if _, ok := x.g.State(s); ok {
					b.rel(diplograph.RelParticipatedIn, b.state(s), id, nil, ev.ev, 0.65)
				}
			}
		}
	}
	// supports
	for _, s := range x.supports {
		subjID := ""
		if s.subjOrg {
			subjID = b.org(s.subject)
		} else {
			if _, ok := x.g.State(s.subject); !ok {
				continue
			}
			subjID = b.state(s.subject)
		}
		var supID string
		if _, ok := x.g.State(s.supporter); ok {
			supID = b.state(s.supporter)
		} else if _, ok := x.g.Org(s.supporter); ok {
			supID = b.org(s.supporter)
		} else {
			continue
		}
		subjKey := s.subject
		if s.subjOrg {
			subjKey = strings.TrimPrefix(subjID, "org:")
		}
		pid := "position:" + subjKey + ":" + strings.ReplaceAll(s.topic, "_", "-")
		b.entity(pid, diplograph.TypePosition, positionName(s.topic, s.subject), map[string]any{"topic": s.topic})
		b.rel(diplograph.RelSupports, supID, pid, map[string]any{"stance": s.stance}, s.ev, s.conf)
		b.rel(diplograph.RelConcerns, pid, subjID, nil, s.ev, s.conf)
	}
	for _, m := range x.members {
		if _, ok := x.g.State(m.state); !ok {
			continue
		}
		props := map[string]any{"status": m.status}
		if m.date != "" {
			props["date"] = m.date
		}
		b.rel(diplograph.RelMemberOf, b.state(m.state), b.org(m.org), props, m.ev, m.conf)
	}
	for _, m := range x.missions {
		if _, ok := x.g.State(m.sender); !ok {
			continue
		}
		if _, ok := x.g.State(m.host); !ok {
			continue
		}
		typ, id := diplograph.TypeEmbassy, "embassy:"+m.sender+"-"+m.host
		if m.kind == "consulate" {
			typ = diplograph.TypeConsulate
			id = "consulate:" + m.sender + "-" + m.host
			if m.city != "" {
				id += "-" + slug(m.city)
			}
		}
		props := map[string]any{"status": m.status, "resident": m.resident}
		if m.city != "" {
			props["city"] = m.city
		}
		name := typ + " of " + stateName(x.g, m.sender) + " in " + stateName(x.g, m.host)
		if m.city != "" {
			name += " (" + m.city + ")"
		}
		b.entity(id, typ, name, props)
		b.rel(diplograph.RelHasMission, b.state(m.sender), id, nil, m.ev, m.conf)
		b.rel(diplograph.RelLocatedIn, id, b.state(m.host), nil, m.ev, m.conf)
		if m.city != "" {
			cid := "city:" + m.host + ":" + slug(m.city)
			b.entity(cid, diplograph.TypeCity, m.city, nil)
			b.rel(diplograph.RelLocatedIn, id, cid, nil, m.ev, m.conf)
			b.rel(diplograph.RelLocatedIn, cid, b.state(m.host), nil, m.ev, m.conf)
		}
	}
	for _, h := range x.hqs {
		if _, ok := x.g.State(h.state); !ok {
			continue
		}
		oid := b.org(h.org)
		b.rel(diplograph.RelHeadquarteredIn, oid, b.state(h.state), nil, h.ev, h.conf)
		if h.city != "" {
			cid := "city:" + h.state + ":" + slug(h.city)
			b.entity(cid, diplograph.TypeCity, h.city, nil)
			b.rel(diplograph.RelHeadquarteredIn, oid, cid, nil, h.ev, h.conf)
			b.rel(diplograph.RelLocatedIn, cid, b.state(h.state), nil, h.ev, h.conf)
		}
	}
	for _, p := range x.parents {
		b.rel(diplograph.RelPartOf, b.org(p.org), b.org(p.parent), nil, p.ev, p.conf)
	}
	built := doc.Entities
	doc.Entities = sortByType(built)
	if len(built) > 0 && &doc.Entities[0] == &built[0] {
		doc.Entities = slices.Clone(built) // sorted in place: not the document's yet
	}
	clear(built) // the buffer keeps no names or properties
	sc.ents = built[:0]
	clear(b.keys)
	sc.relKeys = b.keys[:0]
	if doc.Entities == nil {
		doc.Entities = []diplograph.Entity{}
	}
	if doc.Relations == nil {
		doc.Relations = []diplograph.Relation{}
	}
}

// sortByType returns ents stably sorted by typeRank: a counting sort, one
// typeRank per entity instead of two per comparison.
func sortByType(ents []diplograph.Entity) []diplograph.Entity {
	nr := len(diplograph.EntityTypes) + 1 // typeRank gives 0..len(EntityTypes)
	if len(ents) < 2 || nr > 255 {
		slices.SortStableFunc(ents, func(a, b diplograph.Entity) int { return typeRank(a.Type) - typeRank(b.Type) })
		return ents
	}
	var rbuf [128]uint8 // the ranks, on the stack for most documents
	ranks := rbuf[:0]
	if len(ents) > len(rbuf) {
		ranks = make([]uint8, 0, len(ents))
	}
	var starts [256 + 1]int // per rank, where its entities go
	for _, e := range ents {
		r := uint8(typeRank(e.Type))
		ranks = append(ranks, r)
		starts[r+1]++
	}
	for r := 1; r <= nr; r++ {
		starts[r] += starts[r-1]
	}
	out := make([]diplograph.Entity, len(ents))
	for i, e := range ents {
		out[starts[ranks[i]]] = e
		starts[ranks[i]]++
	}
	return out
}

func typeRank(t string) int {
	for i, et := range diplograph.EntityTypes {
		if et.Type == t {
			return i
		}
	}
	return len(diplograph.EntityTypes)
}

func lastOf(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	if len(f) > 1 && romanNumeral.MatchString(f[len(f)-1]) {
		return f[len(f)-2] + " " + f[len(f)-1]
	}
	return f[len(f)-1]
}

func stateName(g *gazetteer.Gazetteer, iso string) string {
	if si, ok := g.State(iso); ok {
		return si.Name
	}
	return iso
}

// kindNames names the events by kind.
var kindNames = map[string]string{"phone_call": "Phone call", "meeting": "Meeting", "visit": "Visit", "agreement": "Agreement",
	"credentials": "Presentation of credentials", "consultations": "Political consultations", "message": "Message", "other": "Event"}

// topicNames names the positions by topic.
var topicNames = map[string]string{"territorial_integrity": "Territorial integrity", "sovereignty": "Sovereignty", "autonomy_plan": "Autonomy plan",
	"candidacy": "Candidacy", "other": "Position"}

func positionName(topic, subj string) string {
	return topicNames[topic] + " of " + subj
}

// organOf maps the institutions of the European Union and the principal
// organs of the United Nations to the union whose officials their holders
// are ("President of the European Commission", "Secretario General de la
// ONU" read next to the Security Council): GUIDE.md records them as EU and
// UN officials. The title as written keeps the institution.
var organOf = map[string]string{
	"EUROPEAN COMMISSION": "EU", "EUROPEAN PARLIAMENT": "EU", "EUROPEAN COUNCIL": "EU", "COUNCIL OF THE EUROPEAN UNION": "EU",
	"UNSC": "UN", "UNGA": "UN", "UNHRC": "UN", "ECOSOC": "UN",
}

// officeOrg returns the organisation an office of org is recorded with, and
// whether org is an organ of it.
func officeOrg(org string) (string, bool) {
	if u, ok := organOf[org]; ok {
		return u, true
	}
	return org, false
}
