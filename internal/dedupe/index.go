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
type Index struct {
	opt     Options
	bands   []map[uint64][]uint64 // per band: band key -> entry sequence numbers, oldest first
	entries []entry               // remembered originals, oldest first, from head on
	head    int
	first   uint64 // sequence number of entries[head]
	newest  time.Time
}

type entry struct {
	id   string
	time time.Time
	sig  Signature
}

// NewIndex returns an empty index; zero fields of opt take their defaults.
func NewIndex(opt Options) *Index {
	opt = Defaults(opt)
	ix := &Index{opt: opt, bands: make([]map[uint64][]uint64, opt.Bands)}
	for i := range ix.bands {
		ix.bands[i] = map[uint64][]uint64{}
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
		ix.bands[b][k] = append(ix.bands[b][k], seq)
	}
	ix.entries = append(ix.entries, entry{id: id, time: t, sig: sig})
	return Match{}, false
}

// best returns the candidate with the highest containment at or above the threshold.
func (ix *Index) best(sig Signature, keys []uint64) (Match, bool) {
	var best Match
	found := false
	seen := map[uint64]bool{}
	for b, k := range keys {
		for _, seq := range ix.bands[b][k] {
			if seen[seq] {
				continue
			}
			seen[seq] = true
			e := &ix.entries[ix.head+int(seq-ix.first)]
			c := Containment(sig, e.sig)
			if c >= ix.opt.Containment && c > best.Containment {
				best = Match{ID: e.id, Containment: c, Resemblance: Resemblance(sig, e.sig)}
				found = true
			}
		}
	}
	return best, found
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
			list := ix.bands[b][k]
			if len(list) > 0 && list[0] == ix.first {
				list = list[1:]
			}
			if len(list) == 0 {
				delete(ix.bands[b], k)
			} else {
				ix.bands[b][k] = list
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
