package dedupe

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestIndexMatchesScan feeds texts that overlap heavily (so band keys collide and
// chains grow) through an Index and checks each answer against a scan of every
// remembered original that shares a band key with the text: the best containment at
// or above the bar, the oldest among equals, with originals forgotten by the cap.
func TestIndexMatchesScan(t *testing.T) {
	tests := []struct {
		name    string
		seed    uint64
		maxKept int
		texts   int
		first   uint64 // the first sequence number
	}{
		{"no cap", 1, 0, 300, 0},
		{"small cap", 2, 7, 300, 0},
		{"cap of two", 3, 2, 200, 0},
		// The maps keep 32 bits of a sequence number: the index must read them right
		// when the numbers pass 2³².
		{"sequence numbers past 32 bits", 3, 2, 200, math.MaxUint32 - 30},
	}
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(tc.seed, 0))
			ix := NewIndex(Options{MaxKept: tc.maxKept})
			ix.first = tc.first
			opt := ix.Options()
			type kept struct {
				id   string
				sig  Signature
				keys []uint32
			}
			var mem []kept
			dups := 0
			for i := range tc.texts {
				// Texts are runs of a shared sequence of words, so many share shingles.
				start, n := rng.IntN(60), 20+rng.IntN(40)
				text := make([]string, n)
				for j := range text {
					text[j] = fmt.Sprint("w", start+j)
				}
				sig := Sign(text, opt)
				// The cap makes room for the text before it is looked up.
				if tc.maxKept > 0 && len(mem) >= tc.maxKept {
					mem = mem[len(mem)-tc.maxKept+1:]
				}
				var want Match
				found := false
				keys := ix.keys(sig)
				for _, k := range mem {
					if !shareKey(keys, k.keys) {
						continue
					}
					if c := Containment(sig, k.sig); c >= opt.Containment && c > want.Containment {
						want, found = Match{ID: k.id, Containment: c, Resemblance: Resemblance(sig, k.sig)}, true
					}
				}
				id := fmt.Sprint("t", i)
				got, dup := ix.Add(id, day, sig)
				if diff := cmp.Diff([]any{want, found}, []any{got, dup}); diff != "" {
					t.Fatalf("text %d: (-want +got):\n%s", i, diff)
				}
				if dup {
					dups++
				} else {
					mem = append(mem, kept{id, sig, keys})
				}
			}
			if dups == 0 || dups == tc.texts-1 {
				t.Errorf("%d copies among %d texts: the case tests nothing", dups, tc.texts)
			}
		})
	}
}

// shareKey reports whether two texts share the key of some band.
func shareKey(a, b []uint32) bool {
	for i := range a {
		if a[i] == b[i] {
			return true
		}
	}
	return false
}

// BenchmarkIndexMemory fills an index with 100,000 distinct originals and reports the
// live heap each one costs, signature included: the copy index is the largest item a
// long stream keeps.
func BenchmarkIndexMemory(b *testing.B) {
	const n = 100_000
	opt := Defaults(Options{MaxKept: n})
	rng := rand.New(rand.NewPCG(7, 0))
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		before := liveHeap()
		ix := NewIndex(opt)
		for i := range n {
			mins := make([]uint32, opt.Bands*opt.Rows)
			for j := range mins {
				mins[j] = rng.Uint32()
			}
			ix.Add(fmt.Sprint("doc-", i), day.Add(time.Duration(i)*time.Second), Signature{Mins: mins, Shingles: 100})
		}
		b.ReportMetric(float64(liveHeap()-before)/n, "B/original")
		runtime.KeepAlive(ix)
	}
}

// liveHeap returns the bytes of live heap after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
