package text

// wordTable is an immutable set of words with a small value each, in an
// open-addressing hash table. The vocabularies of this package (date words,
// language function words, abbreviations) hold a few hundred words, and
// every word of a text is looked up in one of them; hashing the word once
// and comparing it with one or two slots is cheaper than a Go map lookup,
// and a miss (most words) usually stops at the first, empty slot.
type wordTable[V any] struct {
	keys []string // "" = empty slot; len is a power of two
	vals []V
}

// newWordTable builds a table holding the words of m.
func newWordTable[V any](m map[string]V) *wordTable[V] {
	size := 64
	for size < 4*len(m) { // load factor at most 1/4
		size *= 2
	}
	t := &wordTable[V]{keys: make([]string, size), vals: make([]V, size)}
	for w, v := range m {
		if w == "" {
			continue // the empty word marks empty slots; no table holds it
		}
		i := hashWord(w) & uint32(size-1)
		for t.keys[i] != "" {
			i = (i + 1) & uint32(size-1)
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}

// get returns the key equal to w (a string shared by all callers), its value
// and whether w is in the table.
func (t *wordTable[V]) get(w []byte) (string, V, bool) {
	mask := uint32(len(t.keys) - 1)
	for i := hashWord(w) & mask; ; i = (i + 1) & mask {
		k := t.keys[i]
		if k == "" {
			var zero V
			return "", zero, false
		}
		if k == string(w) {
			return k, t.vals[i], true
		}
	}
}

// getString is get for a string.
func (t *wordTable[V]) getString(w string) (V, bool) {
	mask := uint32(len(t.keys) - 1)
	for i := hashWord(w) & mask; ; i = (i + 1) & mask {
		k := t.keys[i]
		if k == "" {
			var zero V
			return zero, false
		}
		if k == w {
			return t.vals[i], true
		}
	}
}

// hashWord is FNV-1a over the bytes of w, folded to 16 bits.
func hashWord[T string | []byte](w T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h ^ h>>16
}
