package extract

import (
	"sync"

	"diplograph"
)

// scratch holds the buffers of one extraction that no result keeps (offset
// maps, word starts, prefilter lists, words of a sentence). They go back to
// scratchPool after the call and serve the next document: the Extractor
// may run concurrently, each call takes its own scratch.
type scratch struct {
	toText, fromTxt []int32             // fold's offset maps
	wstarts         []int               // word starts of the view
	pairs           [][2]int            // indexStarts: (pattern, start) pairs
	last, count     []int               // indexStarts: per pattern, last start and count
	kall            []int               // indexStarts: the start lists of all patterns, end to end
	kcand           [][]int             // indexStarts: the start list of each pattern (in kall)
	toks            []tok               // candidates: the words of a sentence
	found           [][2]int            // find: the matches of the document, end to end
	tris            []triSet            // trigrams: the trigram sets of the sentences
	dtris           *docTriSet          // docHas: the trigram set of the document
	ents            []diplograph.Entity // emit: the entities before sortByType
	relKeys         []relKey            // emit: the keys of the relations
	ments           []ment              // loadMentions: the mentions of the document
	pms             []pmention          // the person mentions of the document (engine.pms)
	nameSpans       []span              // the spans of the names (engine.nameSpans)
}

// cut returns the matches found since start (nil when none), with no
// capacity beyond them.
func (sc *scratch) cut(start int) [][2]int {
	if len(sc.found) == start {
		return nil
	}
	return sc.found[start:len(sc.found):len(sc.found)]
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooled bounds the buffers kept for the next document (in elements): a
// huge input's buffers are left to the garbage collector.
const maxPooled = 1 << 20

// getScratch returns a scratch from the pool.
func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// release returns sc to the pool, unless its buffers grew too large.
func (sc *scratch) release() {
	// the words hold substrings of the view: drop them, not to keep the
	// document alive
	clear(sc.toks[:cap(sc.toks)])
	sc.toks = sc.toks[:0]
	clear(sc.ments[:cap(sc.ments)])
	sc.ments = sc.ments[:0]
	clear(sc.pms[:cap(sc.pms)]) // the persons of the document
	sc.pms = sc.pms[:0]
	sc.nameSpans = sc.nameSpans[:0]
	sc.found = sc.found[:0]
	if max(cap(sc.toText), cap(sc.fromTxt), cap(sc.wstarts), cap(sc.pairs), cap(sc.kall), cap(sc.toks), cap(sc.found), 64*cap(sc.tris), cap(sc.ents), cap(sc.ments), cap(sc.pms), cap(sc.nameSpans), cap(sc.relKeys)) > maxPooled {
		return
	}
	scratchPool.Put(sc)
}

// scr returns the scratch of x (a fresh one for engines built without one,
// as in tests).
func (x *engine) scr() *scratch {
	if x.sc == nil {
		x.sc = new(scratch)
	}
	return x.sc
}
