package summarize

import (
	"fmt"
	"math"
	"math/rand"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestSimilarIsPairwiseCosine(t *testing.T) {
	_, sents := randomPile(rand.New(rand.NewSource(7)), 4, 6)
	m := newTermMatrix(sents)
	r := rand.New(rand.NewSource(8))
	v := make([]float64, len(sents))
	for i := range v {
		v[i] = r.Float64()
	}
	got := make([]float64, len(sents))
	m.similar(v, got, make([]float64, m.terms))
	want := make([]float64, len(sents))
	row := func(i int) map[int32]float64 {
		out := map[int32]float64{}
		for k := m.start[i]; k < m.start[i+1]; k++ {
			out[m.cols[k]] = m.vals[k]
		}
		return out
	}
	for i := range sents {
		a := row(i)
		for j := range sents {
			if i == j {
				continue
			}
			for t, w := range row(j) {
				want[i] += a[t] * w * v[j]
			}
		}
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("similar (-pairwise +got):\n%s", diff)
	}
}

func TestManifoldRanksSpreadRelevance(t *testing.T) {
	_, sents := pile(
		[]string{"t1", "Wetlands filter water and shelter birds.", "Marsh birds nest in reeds every spring.", "Reeds grow tall near the marsh edge."},
		[]string{"t2", "Stock markets fell sharply on Tuesday.", "Traders sold shares of banks."},
	)
	focus := testTerms("wetlands water")
	for _, tc := range []struct {
		name   string
		spread float64
		want   []bool // whether each sentence scores above zero
	}{
		// Without spread only the sentence that shares the focus's terms is relevant.
		{"no spread", 0, []bool{true, false, false, false, false}},
		// With it, relevance reaches the sentences about the same birds and reeds, but
		// not the unrelated story.
		{"spread", 0.9, []bool{true, true, true, false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ranks := manifoldRanks(sents, focus, tc.spread, spreadRounds)
			var got []bool
			for _, r := range ranks {
				got = append(got, r > 1e-12)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("relevant sentences (-want +got):\n%s (ranks %v)", diff, ranks)
			}
			top := 0.0
			for _, r := range ranks {
				top = max(top, r)
			}
			if top != 1 {
				t.Errorf("top rank %v, want 1", top)
			}
			if tc.spread > 0 && !(ranks[1] > ranks[2]) {
				t.Errorf("one step from the focus (%v) should outrank two steps (%v)", ranks[1], ranks[2])
			}
		})
	}
}

func TestManifoldRanksWithoutSharedTerms(t *testing.T) {
	_, sents := pile([]string{"t1", "Stock markets fell sharply on Tuesday."})
	for _, focus := range [][]string{nil, testTerms("wetlands water")} {
		if ranks := manifoldRanks(sents, focus, 0.95, spreadRounds); ranks != nil {
			t.Errorf("focus %v: got ranks %v, want nil", focus, ranks)
		}
	}
}

func TestFocusedBriefPrefersTheFocusNeighbourhood(t *testing.T) {
	arts, sents := pile(
		[]string{"t1", "Wetlands filter clean water for the small towns along the river valley.", "Marsh birds nest among the reeds of the river valley every spring."},
		[]string{"t2", "Marsh birds nest among the reeds of the river valley every spring.", "The town council met on Tuesday to discuss the new parking rules downtown."},
		[]string{"t3", "The town council met on Tuesday to discuss the new parking rules downtown.", "Wetlands filter clean water for the small towns along the river valley."},
	)
	opt := Defaults(testTerms)
	opt.Words = 14
	opt.Focus = "wetlands"
	for _, spread := range []float64{0, 0.95} {
		opt.Spread = spread
		b := Summarize(arts, sents, opt)
		if len(b.Sentences) != 1 || b.Sentences[0].Text != "Wetlands filter clean water for the small towns along the river valley." {
			t.Errorf("spread %v: brief %+v, want the wetlands sentence", spread, b.Sentences)
		}
	}
}

// BenchmarkManifoldRanks shows that manifold ranking grows linearly with the pile: it
// never compares two sentences directly.
func BenchmarkManifoldRanks(b *testing.B) {
	for _, n := range []int{250, 1000, 4000} {
		_, sents := randomPile(rand.New(rand.NewSource(2)), n, 30)
		focus := []string{"w1", "w2", "w3"}
		b.Run(fmt.Sprintf("sentences=%d", len(sents)), func(b *testing.B) {
			for b.Loop() {
				if r := manifoldRanks(sents, focus, 0.95, spreadRounds); math.IsNaN(r[0]) {
					b.Fatal("NaN rank")
				}
			}
		})
	}
}
