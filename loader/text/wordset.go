package text

// wordTable is an immutable set of words with a small value each, in an
// open-addressing hash table. The vocabularies of this package (date words,
// language function words, abbreviations) hold a few hundred words, and
// every word of a text is looked up in one of them; hashing the word once
// and comparing it with one or two slots is cheaper than a Go map lookup.
// The probes read only the small hashes array (4 KiB, which stays in the
// CPU cache); the key is compared when its hash matches.
type wordTable[V any] struct {
	hashes []uint32 // hashWord(key)|1, 0 = empty slot; len is a power of two
	keys   []string
	vals   []V
}

// newWordTable builds a table holding the words of m.
func newWordTable[V any](m map[string]V) *wordTable[V] {
	size := 64
	for size < 4*len(m) { // load factor at most 1/4
		size *= 2
	}
	t := &wordTable[V]{hashes: make([]uint32, size), keys: make([]string, size), vals: make([]V, size)}
	for w, v := range m {
		h := hashWord(w)
		i := h & uint32(size-1)
		for t.hashes[i] != 0 {
			i = (i + 1) & uint32(size-1)
		}
		t.hashes[i], t.keys[i], t.vals[i] = h|1, w, v
	}
	return t
}

// get returns the key equal to w (a string shared by all callers), its value
// and whether w is in the table.
func (t *wordTable[V]) get(w []byte) (string, V, bool) {
	return t.getHashed(w, hashWord(w))
}

// getHashed is get for a caller that computed h = hashWord(w) itself.
func (t *wordTable[V]) getHashed(w []byte, h uint32) (string, V, bool) {
	mask := uint32(len(t.hashes) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch t.hashes[i] {
		case 0:
			var zero V
			return "", zero, false
		case h | 1:
			if k := t.keys[i]; k == string(w) {
				return k, t.vals[i], true
			}
		}
	}
}

// getLowerASCII returns the value of the word w (ASCII letters) lower-cased
// and whether the table holds it, h being hashWord of the lower-cased word.
func (t *wordTable[V]) getLowerASCII(w string, h uint32) (V, bool) {
	mask := uint32(len(t.hashes) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch t.hashes[i] {
		case 0:
			var zero V
			return zero, false
		case h | 1:
			if k := t.keys[i]; len(k) == len(w) && lowerEqual(w, k) {
				return t.vals[i], true
			}
		}
	}
}

// lowerEqual reports whether w lower-cased (ASCII letters) is k, of the
// same length.
func lowerEqual(w, k string) bool {
	for j := 0; j < len(w); j++ {
		if asciiLower[w[j]] != k[j] {
			return false
		}
	}
	return true
}

// getString is get for a string.
func (t *wordTable[V]) getString(w string) (V, bool) {
	mask := uint32(len(t.hashes) - 1)
	h := hashWord(w)
	for i := h & mask; ; i = (i + 1) & mask {
		switch t.hashes[i] {
		case 0:
			var zero V
			return zero, false
		case h | 1:
			if t.keys[i] == w {
				return t.vals[i], true
			}
		}
	}
}

// hashWord is FNV-1a over the bytes of w, its high bits folded into the low
// ones.
func hashWord[T string | []byte](w T) uint32 {
	h := hashSeed
	for i := 0; i < len(w); i++ {
		h = hashStep(h, w[i])
	}
	return hashFinish(h)
}

// The steps of hashWord, for callers that hash a word while building it.
const hashSeed uint32 = 2166136261

func hashStep(h uint32, b byte) uint32 { return (h ^ uint32(b)) * 16777619 }

func hashFinish(h uint32) uint32 { return h ^ h>>16 }
