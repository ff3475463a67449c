package extract

import "strings"

// keySet is a set of strings a rule looks for in a sentence (or part of a
// sentence) of the folded view, as containsAny does, before it runs its
// patterns. Most sentences hold none of them; engine.contains rejects
// those through the trigrams of the sentence, listed once per document,
// instead of searching the sentence once per string.
type keySet struct {
	subs  []string
	tris  [][2]uint32 // per string: the trigram hashes of its first and last 3 bytes (strings of 3 bytes or more)
	dtris [][2]uint32 // the same hashed for a document's trigram set (docTriSet)
}

// newKeySet returns the set of subs.
func newKeySet(subs ...string) *keySet {
	ks := &keySet{subs: subs, tris: make([][2]uint32, len(subs)), dtris: make([][2]uint32, len(subs))}
	for i, s := range subs {
		if len(s) >= 3 {
			ks.tris[i] = [2]uint32{triHash(s[0], s[1], s[2]), triHash(s[len(s)-3], s[len(s)-2], s[len(s)-1])}
			ks.dtris[i] = [2]uint32{docTriHash(s[0], s[1], s[2]), docTriHash(s[len(s)-3], s[len(s)-2], s[len(s)-1])}
		}
	}
	return ks
}

// triBits is the size of a sentence's trigram bitset.
const triBits = 4096

// triSet is the set of hashed trigrams of one sentence.
type triSet [triBits / 64]uint64

func triHash(a, b, c byte) uint32 {
	return triHash24(uint32(a)<<16 | uint32(b)<<8 | uint32(c))
}

// triHash24 hashes a trigram packed in 24 bits.
func triHash24(v uint32) uint32 { return v * 0x9E3779B1 >> (32 - 12) }

func (t *triSet) has(h uint32) bool { return t[h>>6]&(1<<(h&63)) != 0 }

// contains reports whether low[s:e] (low = x.f.low) contains one of the
// strings of ks: containsAny(low[s:e], ks.subs...). When [s,e) lies in one
// sentence, a string of 3 bytes or more can occur in it only if its first
// and last trigrams occur in the sentence: the others are not searched.
func (x *engine) contains(ks *keySet, s, e int) bool {
	low := x.f.low[s:e]
	si := x.sentenceOf(s)
	if si < 0 || e > x.sents[si].e {
		return containsAny(low, ks.subs...)
	}
	ts := &x.trigrams()[si]
	for i, sub := range ks.subs {
		if len(sub) >= 3 && (!ts.has(ks.tris[i][0]) || !ts.has(ks.tris[i][1])) {
			continue // not in the sentence, hence not in low
		}
		if strings.Contains(low, sub) {
			return true
		}
	}
	return false
}

// docTriBits is the size of a document's trigram bitset: a document holds
// a few thousand distinct trigrams, so that most absent ones find their
// bit clear.
const docTriBits = 1 << 16

// docTriSet is the set of hashed trigrams of a whole document.
type docTriSet [docTriBits / 64]uint64

func docTriHash(a, b, c byte) uint32 {
	return (uint32(a)<<16 | uint32(b)<<8 | uint32(c)) * 0x9E3779B1 >> (32 - 16)
}

func (t *docTriSet) has(h uint32) bool { return t[h>>6]&(1<<(h&63)) != 0 }

// docHas reports whether the folded view holds one of the strings of ks
// (containsAny(x.f.low, ks.subs...)). The document's trigram set, built on
// first use, rejects most strings without a search of the document.
func (x *engine) docHas(ks *keySet) bool {
	low := x.f.low
	if x.dtris == nil {
		sc := x.scr()
		if sc.dtris == nil {
			sc.dtris = new(docTriSet)
		} else {
			clear(sc.dtris[:])
		}
		x.dtris = sc.dtris
		if len(low) >= 3 {
			t := x.dtris
			v := uint32(low[0])<<8 | uint32(low[1])
			for _, c := range []byte(low[2:]) {
				v = (v<<8 | uint32(c)) & 0xffffff
				h := v * 0x9E3779B1 >> (32 - 16)
				t[h>>6] |= 1 << (h & 63)
			}
		}
	}
	for i, sub := range ks.subs {
		if len(sub) >= 3 && (!x.dtris.has(ks.dtris[i][0]) || !x.dtris.has(ks.dtris[i][1])) {
			continue // not in the document
		}
		if strings.Contains(low, sub) {
			return true
		}
	}
	return false
}

// trigrams returns the trigram sets of the sentences, computed on first
// use.
func (x *engine) trigrams() []triSet {
	if x.tris != nil {
		return x.tris
	}
	low := x.f.low
	sc := x.scr()
	x.tris = resize(sc.tris, len(x.sents))
	clear(x.tris)
	sc.tris = x.tris
	for i, sp := range x.sents {
		t := &x.tris[i]
		if sp.e-sp.s < 3 {
			continue
		}
		v := uint32(low[sp.s])<<8 | uint32(low[sp.s+1]) // the trigram ending at j, rolled
		for _, c := range []byte(low[sp.s+2 : sp.e]) {
			v = (v<<8 | uint32(c)) & 0xffffff
			h := triHash24(v)
			t[h>>6] |= 1 << (h & 63)
		}
	}
	return x.tris
}
