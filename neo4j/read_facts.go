package neo4j

import (
	"context"
	"fmt"
	"strings"

	"diplograph"
)

// factPattern is the Cypher of a diplograph.FactPattern: a MATCH pattern over
// a (start node), r (the fact) and b (end node), anchored on the parent id
// `pid` (absent for root patterns), plus what the end labels are.
type factPattern struct {
	rel   string // relationship type
	match string // pattern text; {A} and {B} are replaced by the end node patterns
	a, b  string // labels of a and b
	// anchor: "a" or "b" is the parent; "" for root patterns. For
	// via-patterns the anchor is inside match (as {P}).
	anchor string
}

var factPatterns = map[diplograph.FactPattern]factPattern{
	diplograph.OfficesOfPerson:   {rel: "HOLDS_OFFICE", a: "Person", b: "Entity", anchor: "a"},
	diplograph.OfficialsOf:       {rel: "HOLDS_OFFICE", a: "Person", b: "Entity", anchor: "b"},
	diplograph.EventsOf:          {rel: "PARTICIPATED_IN", a: "Entity", b: "Event", anchor: "a"},
	diplograph.ParticipantsOf:    {rel: "PARTICIPATED_IN", a: "Entity", b: "Event", anchor: "b"},
	diplograph.SupportsBy:        {rel: "SUPPORTS", a: "Entity", b: "Position", anchor: "a"},
	diplograph.SupportersOf:      {rel: "SUPPORTS", a: "Entity", b: "Position", anchor: "b"},
	diplograph.SupportReceivedBy: {rel: "SUPPORTS", a: "Entity", b: "Position", match: "{A}-[r:SUPPORTS]->{B}-[:CONCERNS]->(:Entity {id: pid})"},
	diplograph.ConcernsOf:        {rel: "CONCERNS", a: "Position", b: "Entity", anchor: "a"},
	diplograph.MembershipsOf:     {rel: "MEMBER_OF", a: "State", b: "Organisation", anchor: "a"},
	diplograph.MembersOf:         {rel: "MEMBER_OF", a: "State", b: "Organisation", anchor: "b"},
	diplograph.MissionsSentBy:    {rel: "HAS_MISSION", a: "State", b: "Mission", anchor: "a"},
	diplograph.MissionsHostedBy:  {rel: "HAS_MISSION", a: "State", b: "Mission", match: "{A}-[r:HAS_MISSION]->{B}-[:LOCATED_IN*1..2]->(:Entity {id: pid})"},
	diplograph.SenderOf:          {rel: "HAS_MISSION", a: "State", b: "Mission", anchor: "b"},
	diplograph.LocationOf:        {rel: "LOCATED_IN", a: "Entity", b: "Entity", anchor: "a"},
	diplograph.HeadsBy:           {rel: "HEADS", a: "Person", b: "Entity", anchor: "a"},
	diplograph.HeadsOf:           {rel: "HEADS", a: "Person", b: "Entity", anchor: "b"},
	diplograph.HeadquartersOf:    {rel: "HEADQUARTERED_IN", a: "Organisation", b: "Entity", anchor: "a"},
	diplograph.ParentsOf:         {rel: "PART_OF", a: "Organisation", b: "Organisation", anchor: "a"},
	diplograph.ChildrenOf:        {rel: "PART_OF", a: "Organisation", b: "Organisation", anchor: "b"},
	diplograph.AllOffices:        {rel: "HOLDS_OFFICE", a: "Person", b: "Entity"},
	diplograph.AllMemberships:    {rel: "MEMBER_OF", a: "State", b: "Organisation"},
	diplograph.AllMissions:       {rel: "HAS_MISSION", a: "State", b: "Mission"},
	diplograph.AllSupports:       {rel: "SUPPORTS", a: "Entity", b: "Position"},
	diplograph.AllParticipations: {rel: "PARTICIPATED_IN", a: "Entity", b: "Event"},
}

// root reports whether the pattern has no parent.
func (fp factPattern) root() bool { return fp.anchor == "" && fp.match == "" }

// matchText returns the MATCH pattern, anchoring root patterns on the
// filter's end ids when given (so that the planner starts from an index).
func (fp factPattern) matchText(f diplograph.FactFilter) string {
	a, b := "(a:"+fp.a+")", "(b:"+fp.b+")"
	switch fp.anchor {
	case "a":
		a = "(a:" + fp.a + " {id: pid})"
	case "b":
		b = "(b:" + fp.b + " {id: pid})"
	}
	if fp.root() {
		if f.FromID != "" {
			a = "(a:" + fp.a + " {id: $fromId})"
		}
		if f.ToID != "" {
			b = "(b:" + fp.b + " {id: $toId})"
		}
		switch {
		case fp.rel == "SUPPORTS" && f.Subject != "":
			return a + "-[r:SUPPORTS]->" + b + "-[:CONCERNS]->(:Entity {id: $subject})"
		case fp.rel == "HAS_MISSION" && f.Host != "":
			return a + "-[r:HAS_MISSION]->" + b + "-[:LOCATED_IN*1..2]->(:Entity {id: $host})"
		}
	}
	if fp.match != "" {
		return strings.NewReplacer("{A}", a, "{B}", b).Replace(fp.match)
	}
	return a + "-[r:" + fp.rel + "]->" + b
}

// filterConds returns the WHERE conditions of a fact filter for a pattern,
// adding parameters to p.
func filterConds(fp factPattern, f diplograph.FactFilter, p map[string]any) []string {
	var conds []string
	add := func(name string, v any, cond string) {
		p[name] = v
		conds = append(conds, cond)
	}
	if f.Role != "" {
		add("role", f.Role, "r.role = $role")
	}
	if f.Stance != "" {
		add("stance", f.Stance, "r.stance = $stance")
	}
	if f.Status != "" {
		if fp.rel == "MEMBER_OF" {
			add("status", f.Status, "r.status = $status")
		} else {
			add("status", f.Status, "b.status = $status")
		}
	}
	if f.Topic != "" {
		add("topic", f.Topic, "b.topic = $topic")
	}
	if f.Kind != "" {
		switch {
		case fp.rel == "HAS_MISSION" && f.Kind == diplograph.TypeEmbassy:
			conds = append(conds, "b:Embassy")
		case fp.rel == "HAS_MISSION" && f.Kind == diplograph.TypeConsulate:
			conds = append(conds, "b:Consulate")
		default:
			add("kind", f.Kind, "b.kind = $kind")
		}
	}
	if f.FromID != "" {
		add("fromId", f.FromID, "a.id = $fromId")
	}
	if f.ToID != "" {
		add("toId", f.ToID, "b.id = $toId")
	}
	if f.Subject != "" {
		add("subject", f.Subject, "EXISTS { (b)-[:CONCERNS]->(:Entity {id: $subject}) }")
	}
	if f.Host != "" {
		add("host", f.Host, "EXISTS { (b)-[:LOCATED_IN*1..2]->(:Entity {id: $host}) }")
	}
	if f.With != "" {
		add("with", f.With, "EXISTS { (w:Entity {id: $with})-[:PARTICIPATED_IN]->(b) WHERE w <> a }")
	}
	return append(conds, timeCond(f.TimeFilter, p)...)
}

func where(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(conds, " AND ")
}

// Facts returns a page of facts per parent ("" for root patterns), sorted
// by key (keyset pagination: Page.After = [key]).
func (s *Store) Facts(ctx context.Context, q diplograph.FactQuery) (map[string]diplograph.FactPage, error) {
	const op = "neo4j.facts"
	fp, ok := factPatterns[q.Pattern]
	if !ok {
		return nil, diplograph.Errorf(op, diplograph.Internal, "unknown fact pattern %q", q.Pattern)
	}
	p := map[string]any{"limit": q.Page.First + 1}
	conds := filterConds(fp, q.Filter, p)
	match := fp.matchText(q.Filter)
	pageConds := conds
	if len(q.Page.After) == 1 {
		p["after"] = q.Page.After[0]
		pageConds = append(append([]string{}, conds...), "r.key > $after")
	}
	var b strings.Builder
	if fp.root() {
		b.WriteString("WITH '' AS pid\n")
	} else {
		p["pids"] = q.Parents
		b.WriteString("UNWIND $pids AS pid\n")
	}
	item, claims := factMap("r", "a", "b"), ""
	if q.Claims != nil {
		claims = claimsOf(*q.Claims, p)
		item = strings.TrimSuffix(item, "}") + ", claims: claims}"
	}
	fmt.Fprintf(&b, `CALL (pid) {
  MATCH %s
  WITH DISTINCT a, r, b
  %s
  WITH a, r, b ORDER BY r.key LIMIT $limit
  %s
  RETURN collect(%s) AS items
}
`, match, where(pageConds), claims, item)
	if q.Page.WithTotal {
		fmt.Fprintf(&b, `CALL (pid) {
  MATCH %s
  WITH DISTINCT a, r, b
  %s
  RETURN count(*) AS total
}
RETURN pid, items, total`, match, where(conds))
	} else {
		b.WriteString("RETURN pid, items, -1 AS total")
	}
	recs, err := s.read(ctx, op, b.String(), p)
	if err != nil {
		return nil, err
	}
	out := make(map[string]diplograph.FactPage, len(recs))
	for _, r := range recs {
		pv, _ := r.Get("pid")
		pid, _ := pv.(string)
		items, _ := r.Get("items")
		total, _ := r.Get("total")
		var page diplograph.FactPage
		for _, it := range asList(items) {
			f := decodeFact(it)
			if q.Claims != nil {
				m, _ := it.(map[string]any)
				f.Claims = decodeClaims(f.Key, m["claims"])
			}
			page.Facts = append(page.Facts, f)
		}
		if len(page.Facts) > q.Page.First {
			page.Facts, page.HasNext = page.Facts[:q.Page.First], true
		}
		page.Total = toInt(total)
		out[pid] = page
	}
	return out, nil
}

// dateOverlap returns conditions keeping nodes whose date property v.date
// overlaps [from, to] (partial dates denote intervals).
func dateOverlap(v string, f diplograph.TimeFilter, p map[string]any) []string {
	var conds []string
	if f.From != "" {
		p["fromStart"] = f.From
		conds = append(conds, fmt.Sprintf("(CASE size(%[1]s.date) WHEN 4 THEN %[1]s.date + '-12-31' WHEN 7 THEN %[1]s.date + '-31' ELSE %[1]s.date END) >= $fromStart", v))
	}
	to := f.To
	if f.AsOf != "" && (to == "" || f.AsOf < to) {
		to = f.AsOf
	}
	if to != "" {
		p["toEnd"] = diplograph.DateEnd(to)
		conds = append(conds, v+".date <= $toEnd")
	}
	return conds
}

// ListNodes returns a page of nodes per parent ("" for root patterns),
// sorted by id (Page.After = [id]).
func (s *Store) ListNodes(ctx context.Context, q diplograph.NodeQuery) (map[string]diplograph.NodePage, error) {
	const op = "neo4j.nodes.list"
	p := map[string]any{"limit": q.Page.First + 1}
	labels, err := labelExpr(q.Types)
	if err != nil {
		return nil, err
	}
	var match string
	var conds []string
	root := true
	f := q.Filter
	switch q.Pattern {
	case diplograph.AllEntities:
		match = "(n:" + labels + ")"
	case diplograph.AllCommuniques:
		match = "(n:Communique)"
		if f.Lang != "" {
			p["lang"] = f.Lang
			conds = append(conds, "n.lang = $lang")
		}
		conds = append(conds, dateOverlap("n", f.TimeFilter, p)...)
	case diplograph.AllEvents:
		match = "(n:Event)"
		if f.Kind != "" {
			p["kind"] = f.Kind
			conds = append(conds, "n.kind = $kind")
		}
		if f.Status != "" {
			p["status"] = f.Status
			conds = append(conds, "n.status = $status")
		}
		if f.With != "" {
			match = "(:Entity {id: $with})-[:PARTICIPATED_IN]->(n:Event)"
			p["with"] = f.With
		}
		conds = append(conds, dateOverlap("n", f.TimeFilter, p)...)
	case diplograph.MentionedIn:
		root = false
		match = "(n:Communique)-[:MENTIONS]->(:Entity {id: pid})"
		if f.Lang != "" {
			p["lang"] = f.Lang
			conds = append(conds, "n.lang = $lang")
		}
		conds = append(conds, dateOverlap("n", f.TimeFilter, p)...)
	case diplograph.EntitiesOfDoc:
		root = false
		match = "(:Communique {id: pid})-[:MENTIONS]->(n:" + labels + ")"
	default:
		return nil, diplograph.Errorf(op, diplograph.Internal, "unknown node pattern %q", q.Pattern)
	}
	pageConds := conds
	if len(q.Page.After) == 1 {
		p["after"] = q.Page.After[0]
		pageConds = append(append([]string{}, conds...), "n.id > $after")
	}
	var b strings.Builder
	if root {
		b.WriteString("WITH '' AS pid\n")
	} else {
		p["pids"] = q.Parents
		b.WriteString("UNWIND $pids AS pid\n")
	}
	fmt.Fprintf(&b, `CALL (pid) {
  MATCH %s
  WITH DISTINCT n
  %s
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(%s) AS items
}
`, match, where(pageConds), nodeMap("n"))
	if q.Page.WithTotal {
		fmt.Fprintf(&b, `CALL (pid) {
  MATCH %s
  WITH DISTINCT n
  %s
  RETURN count(*) AS total
}
RETURN pid, items, total`, match, where(conds))
	} else {
		b.WriteString("RETURN pid, items, -1 AS total")
	}
	recs, err := s.read(ctx, op, b.String(), p)
	if err != nil {
		return nil, err
	}
	out := make(map[string]diplograph.NodePage, len(recs))
	for _, r := range recs {
		pv, _ := r.Get("pid")
		pid, _ := pv.(string)
		items, _ := r.Get("items")
		total, _ := r.Get("total")
		var page diplograph.NodePage
		for _, it := range asList(items) {
			page.Nodes = append(page.Nodes, decodeNode(it))
		}
		if len(page.Nodes) > q.Page.First {
			page.Nodes, page.HasNext = page.Nodes[:q.Page.First], true
		}
		page.Total = toInt(total)
		out[pid] = page
	}
	return out, nil
}
