package cluster

import (
	"slices"
	"testing"
)

// TestNearestTrue checks the nearest-true-centre assignment: articles of distinct
// themes stay with their theme, an article filed under the wrong story goes to the
// one it belongs with, and an article that shares nothing with any story stays in
// its own.
func TestNearestTrue(t *testing.T) {
	docs := themeDocs(3, 8, 12)
	truth := make([]string, len(docs))
	for i, d := range docs {
		truth[i] = d.ID[:2] // "t0", "t1", "t2"
	}
	misfiled := slices.Clone(truth)
	misfiled[4] = "t0" // an article of theme 1 filed under theme 0
	lone := append(slices.Clone(docs), doc("z", 0, "zebra xylophone quartz"))
	tests := []struct {
		name  string
		docs  []Doc
		truth []string
		want  []string
	}{
		{"distinct themes stay whole", docs, truth, truth},
		{"a misfiled article goes where it belongs", docs, misfiled, truth},
		{"an article that shares nothing stays in its own story", lone, append(slices.Clone(truth), "z"), append(slices.Clone(truth), "z")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := NearestTrue(prepareAll(tc.docs, Options{}), tc.truth, Options{})
			if !slices.Equal(got, tc.want) {
				t.Errorf("NearestTrue = %v, want %v", got, tc.want)
			}
		})
	}
}
