package dedupe

import (
	"math"
	"time"
)

// Match names the remembered original that a new text copies.
type Match struct {
	// ID is the original's id, as given to Add.
	ID string
	// Containment and Resemblance are the estimates that decided the match.
	Containment, Resemblance float64
}

// Index remembers the signatures of recent originals and finds the original of a copy.
// Add texts in publication order; an Index is not safe for concurrent use.
//
// Each band is a hash table with chaining: a band key maps to the newest entry that has
// it, and each entry links, per band, to the next older entry with the same key. An
// entry costs one map slot and one link per band, rather than a slice per key, and a
// forgotten entry needs no unlinking: a chain ends where it reaches one.
//
// The index is the largest thing a long stream keeps, so it is kept small: a band key
// is the low 32 bits of the band's hash (two keys that agree there only make one more
// candidate, which the containment test then turns away), a map holds the low 32 bits
// of the entry's sequence number (every entry a map names is remembered, and fewer
// than 2³² are), and the links are 32-bit distances in one array. BenchmarkIndexMemory
// measures the cost of an original.
type Index struct {
	opt     Options
	bands   []map[uint32]uint32 // per band: band key -> low bits of the sequence number of its newest entry
	entries []entry             // remembered originals, oldest first, from head on
	links   []uint32            // Bands per entry, as entries: distance back to the next older entry with the key (0 ends)
	head    int
	first   uint64 // sequence number of entries[head]
	newest  time.Time
}

type entry struct {
	id   string
	unix int64 // publication time, Unix seconds (nanoseconds overflow past 2262)
	sig  Signature
}

// NewIndex returns an empty index; zero fields of opt take their defaults.
func NewIndex(opt Options) *Index {
	opt = Defaults(opt)
	ix := &Index{opt: opt, bands: make([]map[uint32]uint32, opt.Bands)}
	for i := range ix.bands {
		ix.bands[i] = map[uint32]uint32{}
	}
	return ix
}

// Options returns the index's options with defaults applied, for Sign.
func (ix *Index) Options() Options { return ix.opt }

// Len returns the number of originals the index remembers.
func (ix *Index) Len() int { return len(ix.entries) - ix.head }

// Add looks for a remembered original that sig copies. If there is one, Add returns it
// and true and does not remember sig; otherwise it remembers sig under id and returns
// false. t is the text's publication time; the zero time means unknown and is read as
// the newest time seen so far. Originals older than the window are forgotten first.
func (ix *Index) Add(id string, t time.Time, sig Signature) (Match, bool) {
	if t.IsZero() || t.Before(ix.newest) {
		t = ix.newest
	} else {
		ix.newest = t
	}
	ix.expire()
	if sig.Shingles < ix.opt.MinShingles || len(sig.Mins) != ix.opt.Bands*ix.opt.Rows {
		return Match{}, false
	}
	keys := ix.keys(sig)
	if m, ok := ix.best(sig, keys); ok {
		return m, true
	}
	seq := ix.first + uint64(ix.Len())
	for b, k := range keys {
		var link uint32
		if old, ok := ix.newestWith(b, k); ok && seq-old <= math.MaxUint32 {
			link = uint32(seq - old)
		}
		ix.links = append(ix.links, link)
		ix.bands[b][k] = uint32(seq)
	}
	ix.entries = append(ix.entries, entry{id: id, unix: t.Unix(), sig: sig})
	return Match{}, false
}

// newestWith returns the sequence number of the newest entry with key k in band b.
func (ix *Index) newestWith(b int, k uint32) (uint64, bool) {
	low, ok := ix.bands[b][k]
	if !ok {
		return 0, false
	}
	return ix.first + uint64(low-uint32(ix.first)), true
}

// best returns the candidate with the highest containment at or above the threshold.
func (ix *Index) best(sig Signature, keys []uint32) (Match, bool) {
	var best Match
	var bestSeq uint64
	found := false
	seen := map[uint64]bool{}
	for b, k := range keys {
		seq, ok := ix.newestWith(b, k)
		for ; ok && seq >= ix.first; seq, ok = ix.older(seq, b) {
			if seen[seq] {
				continue
			}
			seen[seq] = true
			e := ix.entry(seq)
			c := Containment(sig, e.sig)
			// Chains run newest first: among equals the oldest original wins.
			if c >= ix.opt.Containment && (c > best.Containment || (c == best.Containment && seq < bestSeq)) {
				best = Match{ID: e.id, Containment: c, Resemblance: Resemblance(sig, e.sig)}
				bestSeq, found = seq, true
			}
		}
	}
	return best, found
}

// entry returns the remembered entry with sequence number seq.
func (ix *Index) entry(seq uint64) *entry { return &ix.entries[ix.head+int(seq-ix.first)] }

// older returns the sequence number of the next older entry sharing seq's key in band
// b, and false at the end of the chain.
func (ix *Index) older(seq uint64, b int) (uint64, bool) {
	d := ix.links[(ix.head+int(seq-ix.first))*ix.opt.Bands+b]
	return seq - uint64(d), d > 0 && uint64(d) <= seq
}

// keys returns the LSH key of each band of sig.
func (ix *Index) keys(sig Signature) []uint32 {
	keys := make([]uint32, ix.opt.Bands)
	r := ix.opt.Rows
	for b := range keys {
		h := uint64(b + 1)
		for _, v := range sig.Mins[b*r : (b+1)*r] {
			h = mix(h ^ uint64(v))
		}
		keys[b] = uint32(h)
	}
	return keys
}

// expire forgets the oldest originals while they are outside the window or over the cap.
func (ix *Index) expire() {
	limit := ix.newest.Add(-ix.opt.Window).Unix()
	for ix.Len() > 0 {
		e := &ix.entries[ix.head]
		if ix.Len() < ix.opt.MaxKept && e.unix >= limit {
			break
		}
		for b, k := range ix.keys(e.sig) {
			if low, ok := ix.bands[b][k]; ok && low == uint32(ix.first) {
				delete(ix.bands[b], k) // e is the only entry left with the key
			}
		}
		*e = entry{}
		ix.head++
		ix.first++
	}
	if ix.head > 1024 && ix.head*2 > len(ix.entries) {
		n := copy(ix.entries, ix.entries[ix.head:])
		clear(ix.entries[n:])
		ix.entries = ix.entries[:n]
		w := ix.opt.Bands
		ix.links = ix.links[:copy(ix.links, ix.links[ix.head*w:])]
		ix.head = 0
	}
}
