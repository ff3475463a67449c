package text

// wordFilter is a one-hash Bloom filter over a small set of words: a word
// whose bit is clear is certainly not in the set. The vocabularies of this
// package (date words, language function words) hold a few hundred words
// while most words of a text are in none of them, so checking the filter
// before the map lookup saves most lookups.
type wordFilter [1 << 13 / 64]uint64

// add records w in the filter.
func (f *wordFilter) add(w string) {
	h := hashWord(w) & (1<<13 - 1)
	f[h>>6] |= 1 << (h & 63)
}

// mayHold reports whether w may be in the set (false: it is not).
func (f *wordFilter) mayHold(w []byte) bool {
	h := hashWord(w) & (1<<13 - 1)
	return f[h>>6]&(1<<(h&63)) != 0
}

// mayHoldString is mayHold for a string.
func (f *wordFilter) mayHoldString(w string) bool {
	h := hashWord(w) & (1<<13 - 1)
	return f[h>>6]&(1<<(h&63)) != 0
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
