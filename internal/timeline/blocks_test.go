package timeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func TestBlocks(t *testing.T) {
	cand := func(value, gran string) candidate {
		e := news.TimeExpr{Type: "DATE", Value: value, Granularity: gran}
		start, ok := spanStart(e)
		return candidate{time: e, start: start, resolved: ok}
	}
	tests := []struct {
		name  string
		cands []candidate
		want  [][]int
	}{
		{"equal values", []candidate{cand("2024-03-12", "day"), cand("2024-03-13", "day"), cand("2024-03-12", "day")}, [][]int{{0, 2}}},
		{"month and day without year", []candidate{cand("2024-03-12", "day"), cand("XXXX-03-12", "day"), cand("2023-03-12", "day")}, [][]int{{0, 1, 2}}},
		{"weekday", []candidate{cand("2024-03-12", "day"), cand("XXXX-WXX-2", "day"), cand("XXXX-WXX-3", "day")}, [][]int{{0, 1}}},
		{"weekday keeps the time of day", []candidate{cand("2024-03-12T14:00", "time"), cand("XXXX-WXX-2T14:00", "time"), cand("XXXX-WXX-2T15:00", "time")}, [][]int{{0, 1}}},
		{"other granularity", []candidate{cand("2024-03", "month"), cand("XXXX-XX-XX", "day")}, nil},
		{"unknown day fits any day", []candidate{cand("XXXX-XX-XX", "day"), cand("2024-03-12", "day"), cand("2024-03-13", "day"), cand("2024", "year")}, [][]int{{0, 1, 2}}},
		{"unresolved equal values", []candidate{cand("XXXX-WXX-4", "day"), cand("XXXX-WXX-4", "day")}, [][]int{{0, 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := blocks(tc.cands)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
			// Every pair sameTime accepts shares a block.
			for a := range tc.cands {
				for b := a + 1; b < len(tc.cands); b++ {
					if sameTime(tc.cands[a], tc.cands[b]) && !together(got, a, b) {
						t.Errorf("%s and %s may be one event but share no block", tc.cands[a].time.Value, tc.cands[b].time.Value)
					}
				}
			}
		})
	}
}

func together(bs [][]int, a, b int) bool {
	for _, blk := range bs {
		ina, inb := false, false
		for _, k := range blk {
			ina, inb = ina || k == a, inb || k == b
		}
		if ina && inb {
			return true
		}
	}
	return false
}
