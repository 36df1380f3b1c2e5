package dedupe

import "time"

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
type Index struct {
	opt     Options
	bands   []map[uint64]uint64 // per band: band key -> sequence number of its newest entry
	entries []entry             // remembered originals, oldest first, from head on
	head    int
	first   uint64 // sequence number of entries[head]
	newest  time.Time
}

type entry struct {
	id   string
	time time.Time
	sig  Signature
	next []uint64 // per band, sequence number of the next older entry with the key, plus one (0 ends)
}

// NewIndex returns an empty index; zero fields of opt take their defaults.
func NewIndex(opt Options) *Index {
	opt = Defaults(opt)
	ix := &Index{opt: opt, bands: make([]map[uint64]uint64, opt.Bands)}
	for i := range ix.bands {
		ix.bands[i] = map[uint64]uint64{}
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
	next := make([]uint64, len(keys))
	for b, k := range keys {
		if old, ok := ix.bands[b][k]; ok {
			next[b] = old + 1
		}
		ix.bands[b][k] = seq
	}
	ix.entries = append(ix.entries, entry{id: id, time: t, sig: sig, next: next})
	return Match{}, false
}

// best returns the candidate with the highest containment at or above the threshold.
func (ix *Index) best(sig Signature, keys []uint64) (Match, bool) {
	var best Match
	var bestSeq uint64
	found := false
	seen := map[uint64]bool{}
	for b, k := range keys {
		seq, ok := ix.bands[b][k]
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
	n := ix.entry(seq).next[b]
	return n - 1, n > 0
}

// keys returns the LSH key of each band of sig.
func (ix *Index) keys(sig Signature) []uint64 {
	keys := make([]uint64, ix.opt.Bands)
	r := ix.opt.Rows
	for b := range keys {
		h := uint64(b + 1)
		for _, v := range sig.Mins[b*r : (b+1)*r] {
			h = mix(h ^ uint64(v))
		}
		keys[b] = h
	}
	return keys
}

// expire forgets the oldest originals while they are outside the window or over the cap.
func (ix *Index) expire() {
	limit := ix.newest.Add(-ix.opt.Window)
	for ix.Len() > 0 {
		e := &ix.entries[ix.head]
		if ix.Len() < ix.opt.MaxKept && !e.time.Before(limit) {
			break
		}
		for b, k := range ix.keys(e.sig) {
			if ix.bands[b][k] == ix.first {
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
		ix.head = 0
	}
}
