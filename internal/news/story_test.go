package news

import "testing"

func TestOutletLabel(t *testing.T) {
	tests := []struct {
		name string
		a    Article
		want string
	}{
		{"outlet", Article{Outlet: "Washington Post", URL: "https://wapo.example/x", Source: "a/b.txt"}, "Washington Post"},
		{"url host", Article{URL: "https://news.example.org/story/1", Source: "https://news.example.org/story/1"}, "news.example.org"},
		{"file name", Article{Source: "pile/sessions/003_c84d.txt"}, "003_c84d.txt"},
		{"article of a multi-article file", Article{Source: "pile/feed.jsonl#3"}, "feed.jsonl#3"},
		{"standard input", Article{Source: "-"}, "standard input"},
		{"nothing", Article{}, "standard input"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := OutletLabel(tc.a); got != tc.want {
				t.Errorf("OutletLabel = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTimeExprResolved(t *testing.T) {
	tests := map[string]bool{
		"2017-07-26": true, "2017-W30": true, "199": true, "2017-07-26TMO": true,
		"XXXX-07-26": false, "XXXX-WXX-4": false, "PRESENT_REF": false, "P3D": false, "": false,
	}
	for v, want := range tests {
		if got := (TimeExpr{Value: v}).Resolved(); got != want {
			t.Errorf("Resolved(%q) = %v, want %v", v, got, want)
		}
	}
}
