package duc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func TestReadTopics(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "topics.sgml")
	data := "\n<topic>\n<num> D0601A </num>\n<title> Native American\n reservations </title>\n\n<narr>\nDiscuss conditions.\nInclude problems.\n</narr>\n</topic>\n<topic><num>D0612F</num><title>t</title><narr>n</narr></topic>\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadTopics(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Topic{
		{ID: "D0601A", Title: "Native American reservations", Narrative: "Discuss conditions. Include problems."},
		{ID: "D0612F", Title: "t", Narrative: "n"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("topics (-want +got):\n%s", diff)
	}
	if got[0].PeerFile("SL") != "D0601.M.250.A.SL" || Half(got[0]) != "dev" || Half(got[1]) != "test" {
		t.Errorf("PeerFile/Half wrong: %q %q %q", got[0].PeerFile("SL"), Half(got[0]), Half(got[1]))
	}
}

func TestReadTopicsErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.sgml")
	if err := os.WriteFile(empty, []byte("no topics here"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadTopics(empty); news.ErrorCode(err) != news.Invalid {
		t.Errorf("no topics: error %v, want invalid", err)
	}
	if _, err := ReadTopics(filepath.Join(dir, "missing.sgml")); news.ErrorCode(err) != news.NotFound {
		t.Errorf("missing file: error %v, want not found", err)
	}
}

// FuzzParseTopics checks that any topics file either parses into topics that all have
// an id, or fails with an error naming the file; it never panics.
func FuzzParseTopics(f *testing.F) {
	f.Add([]byte("<topic><num>D0601A</num><title>t</title><narr>n</narr></topic>"))
	f.Add([]byte("<topic><title>no number</title></topic>"))
	f.Add([]byte("<topic><num>\xff\xfe</num><narr><narr></narr></topic><topic>"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		topics, err := parseTopics("topics.sgml", data)
		if err != nil {
			if !strings.Contains(err.Error(), "topics.sgml") {
				t.Errorf("error %q does not name the input", err)
			}
			return
		}
		if len(topics) == 0 {
			t.Error("no topics and no error")
		}
		for _, tp := range topics {
			if tp.ID == "" {
				t.Errorf("topic without an id: %+v", tp)
			}
		}
	})
}
