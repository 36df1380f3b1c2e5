package timeline

import (
	"sort"
	"strings"
)

// blocks returns the groups of candidates that may be one event, each in ascending
// order: those with equal values, and each unresolved value with the resolved values
// of its granularity that fit it. sameTime holds only within a block, so the pairwise
// test runs block by block and its postings hold only sentences that may pair; the
// work then grows with the story, not with the square of the sentences that name a time
// (blocking, as in record linkage: Fellegi and Sunter, JASA 1969).
func blocks(cands []candidate) [][]int {
	byKey := map[string][]int{}
	var keys []string
	add := func(k string, i int) {
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], i)
	}
	masks := map[string][]string{} // granularity -> X masks of its unresolved values
	for i, c := range cands {
		add("="+c.time.Value, i)
		if c.resolved || !strings.Contains(c.time.Value, "X") {
			continue
		}
		k := fitKey(c.time.Granularity, c.time.Value)
		if _, ok := byKey[k]; !ok {
			masks[c.time.Granularity] = append(masks[c.time.Granularity], c.time.Value)
		}
		add(k, i)
	}
	fitted := map[string]bool{} // fit keys with a resolved member
	for i, c := range cands {
		if !c.resolved {
			continue
		}
		g := c.time.Granularity
		for _, k := range fitKeys(g, c.time.Value, masks[g]) {
			if _, ok := byKey[k]; ok {
				byKey[k] = append(byKey[k], i)
				fitted[k] = true
			}
		}
	}
	var out [][]int
	for _, k := range keys {
		// A fit key without a resolved member repeats the equal-value blocks.
		if b := byKey[k]; len(b) > 1 && (k[0] == '=' || fitted[k]) {
			sort.Ints(b)
			out = append(out, b)
		}
	}
	return out
}

func fitKey(gran, pattern string) string { return "~" + gran + "|" + pattern }

// fitKeys returns the keys of the unresolved values a resolved value fits: for each
// unresolved value of its granularity, the value with that one's unknown digits hidden
// (fits digit for digit when the result is that value), and the weekday of a date
// ("XXXX-WXX-2", with the same time of day). Values that share a mask yield one key.
func fitKeys(gran, value string, patterns []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range patterns {
		if len(p) != len(value) {
			continue
		}
		b := []byte(value)
		for i := range b {
			if p[i] == 'X' {
				b[i] = 'X'
			}
		}
		if k := fitKey(gran, string(b)); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	vd, vc, hasClock := strings.Cut(value, "T")
	if strings.Count(vd, "-") != 2 {
		return out
	}
	t, ok := dateStart(vd)
	if !ok {
		return out
	}
	w := "XXXX-WXX-" + string(rune('0'+int(t.Weekday()+6)%7+1))
	if hasClock {
		w += "T" + vc
	}
	return append(out, fitKey(gran, w))
}
