package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/storyline-news/storyline/internal/news"
)

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestReadFolderWithBadItems builds a folder holding good files and one of each kind of
// bad item, and checks that each bad item gets exactly one warning with the right reason.
func TestReadFolderWithBadItems(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), "A good article.\n")
	write(t, filepath.Join(dir, "sub", "good2.json"), `{"title":"T","text":"Another good one."}`)
	write(t, filepath.Join(dir, "binary.bin"), "\x7fELF\x02\x01\x01\x00\x00\x00")
	write(t, filepath.Join(dir, "empty.txt"), "")
	write(t, filepath.Join(dir, "invalid.txt"), "\xc0\xc1\xf5\xf6\xf7\xf8\xfa\xfb")
	write(t, filepath.Join(dir, "lines.jsonl"), "{\"text\":\"Line one.\"}\nnot json\n{\"text\":\"Line three.\"}\n")
	write(t, filepath.Join(dir, ".hidden.txt"), "Hidden text.")
	write(t, filepath.Join(dir, "._good.txt"), "macOS junk.")
	write(t, filepath.Join(dir, ".git", "HEAD"), "ref: main")
	huge := filepath.Join(dir, "huge.txt")
	write(t, huge, "")
	if err := os.Truncate(huge, 200<<20); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	if err := os.Symlink("loop", filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("..", filepath.Join(dir, "sub", "up")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("good.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
		t.Fatal(err)
	}
	wantWarns := []news.Warning{
		{Source: filepath.Join(dir, "binary.bin"), Reason: "binary file (NUL bytes)"},
		{Source: filepath.Join(dir, "empty.txt"), Reason: "empty file"},
		{Source: filepath.Join(dir, "huge.txt"), Reason: "file too large (209715200 bytes, max 67108864)"},
		{Source: filepath.Join(dir, "invalid.txt"), Reason: "invalid UTF-8 (8 of 8 bytes undecodable)"},
		{Source: filepath.Join(dir, "lines.jsonl:2"), Reason: "invalid JSON: invalid character 'o' in literal null (expecting 'u')"},
		{Source: filepath.Join(dir, "loop"), Reason: "symlink loop"},
		{Source: filepath.Join(dir, "pipe"), Reason: "special file (named pipe)"},
		{Source: filepath.Join(dir, "sub", "up"), Reason: "symlink loop (folder cycle)"},
	}
	if os.Geteuid() != 0 { // root reads a chmod 000 file anyway
		locked := filepath.Join(dir, "locked.txt")
		write(t, locked, "Secret.")
		if err := os.Chmod(locked, 0); err != nil {
			t.Fatal(err)
		}
		wantWarns = append(wantWarns, news.Warning{Source: locked, Reason: "permission denied"})
	} else {
		t.Log("running as root: the unreadable-file case is skipped")
	}
	missing := filepath.Join(dir, "missing.txt")
	wantWarns = append(wantWarns, news.Warning{Source: missing, Reason: "no such file or folder"})

	arts, warns, err := Read(context.Background(), []string{dir, missing}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var gotSources []string
	for _, a := range arts {
		gotSources = append(gotSources, strings.TrimPrefix(a.Source, dir+"/")+" "+a.ID)
	}
	wantSources := []string{"good.txt good", "lines.jsonl:1 lines-1", "lines.jsonl:3 lines-3", "link.txt link", "sub/good2.json good2"}
	if diff := cmp.Diff(wantSources, gotSources); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	sortWarnings := cmpopts.SortSlices(func(a, b news.Warning) bool { return a.Source < b.Source })
	if diff := cmp.Diff(wantWarns, warns, sortWarnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

func TestReadUniqueIDsAndOrder(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b", "x.txt"), "From b.")
	write(t, filepath.Join(dir, "a", "x.txt"), "From a.")
	write(t, filepath.Join(dir, "c.txt"), "From c.")
	arts, warns, err := Read(context.Background(), []string{filepath.Join(dir, "c.txt"), dir}, Options{})
	if err != nil || len(warns) > 0 {
		t.Fatalf("Read: %v %v", warns, err)
	}
	var got []string
	for _, a := range arts {
		got = append(got, a.ID+" "+a.Paragraphs[0])
	}
	want := []string{"c From c.", "x From a.", "x-2 From b.", "c-2 From c."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name  string
		opt   Options
		want  []string
		warns []news.Warning
	}{
		{"text", Options{Stdin: strings.NewReader("From stdin.")}, []string{"stdin From stdin."}, nil},
		{"no reader", Options{}, nil, []news.Warning{{Source: "-", Reason: "no standard input"}}},
		{"too large", Options{Stdin: strings.NewReader("0123456789"), MaxBytes: 5}, nil,
			[]news.Warning{{Source: "-", Reason: "input too large (over 5 bytes)"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, warns, err := Read(context.Background(), []string{"-"}, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range arts {
				got = append(got, a.ID+" "+strings.Join(a.Paragraphs, "|"))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.warns, warns); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadCancelled(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "Text.")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := Read(ctx, []string{dir}, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a cancelled context: err = %v, want context.Canceled", err)
	}
}

// TestReadSeeds reads the scraped seed articles, when present, and checks their short
// front lines stay separate paragraphs.
func TestReadSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("seed articles not present:", err)
	}
	arts, warns, err := Read(context.Background(), []string{dir}, Options{})
	if err != nil || len(warns) > 0 || len(arts) != 5 {
		t.Fatalf("Read(seeds) = %d articles, %v, %v; want 5 and no warnings", len(arts), warns, err)
	}
	for _, a := range arts {
		if a.ID == "004_7142778ad7600d50" {
			want := []string{"Print", "As tensions rise, Sessions plans to stay", "Relationship between AG, Trump ebbs, sources say",
				"By Robert Costa and Sari Horwitz", "Washington Post"}
			if diff := cmp.Diff(want, a.Paragraphs[:5]); diff != "" {
				t.Errorf("front lines of %s (-want +got):\n%s", a.ID, diff)
			}
		}
		if a.ID == "000_346f49fed0cd49ef" && (a.Outlet != "TPM Livewire" || a.Published != date(2017, 7, 26, 0, 0) || a.Title != "") {
			t.Errorf("header of %s: outlet %q, published %v, title %q", a.ID, a.Outlet, a.Published, a.Title)
		}
	}
}
