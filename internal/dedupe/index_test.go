package dedupe

import (
	"fmt"
	"math/rand/v2"
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
	}{
		{"no cap", 1, 0, 300},
		{"small cap", 2, 7, 300},
		{"cap of two", 3, 2, 200},
	}
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(tc.seed, 0))
			ix := NewIndex(Options{MaxKept: tc.maxKept})
			opt := ix.Options()
			type kept struct {
				id   string
				sig  Signature
				keys []uint64
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
func shareKey(a, b []uint64) bool {
	for i := range a {
		if a[i] == b[i] {
			return true
		}
	}
	return false
}
