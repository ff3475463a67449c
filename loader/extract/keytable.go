package extract

import (
	"maps"
	"math/bits"
	"slices"
)

// keyTable holds a map from literal keys (n<<18 | keyHash of the first n
// bytes, never 0) to lists of entries, built once, in an open-addressing
// table: a lookup hashes the key once and reads a slot or two of a small
// array instead of running a Go map lookup, on the hot paths of the
// prefilters (indexStarts, kre.may, branchSet.mark).
type keyTable[T any] struct {
	slots []keySlot // a power of two of them, at most half full
	shift uint      // 32 - log2(len(slots))
	ents  []T       // the lists of all keys, end to end
}

// keySlot is one slot of a keyTable: key 0 is an empty slot.
type keySlot struct {
	key        uint32
	start, end int32 // the key's list in ents
}

// newKeyTable returns the table of m; each list keeps its order.
func newKeyTable[T any](m map[uint32][]T) *keyTable[T] {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t := &keyTable[T]{slots: make([]keySlot, size), shift: uint(32 - bits.TrailingZeros(uint(size)))}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		i := t.slot(k)
		for t.slots[i].key != 0 {
			i = (i + 1) & uint32(size-1)
		}
		t.slots[i] = keySlot{k, int32(len(t.ents)), int32(len(t.ents) + len(m[k]))}
		t.ents = append(t.ents, m[k]...)
	}
	return t
}

// slot is the first slot to probe for key.
func (t *keyTable[T]) slot(key uint32) uint32 { return key * 0x9E3779B1 >> t.shift }

// get returns the list of key (nil when none).
func (t *keyTable[T]) get(key uint32) []T {
	mask := uint32(len(t.slots) - 1)
	for i := t.slot(key); ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.key == key {
			return t.ents[s.start:s.end]
		}
		if s.key == 0 {
			return nil
		}
	}
}
