package pipeline

import (
	"os"
	"path/filepath"
	"testing"
)

// writePile writes a small mixed pile as text files: two dam articles, two bridge
// articles and a lone festival article.
func writePile(t *testing.T, dir string) {
	t.Helper()
	files := map[string]string{
		"dam1.txt":    "Dam opens on the Green River\n\n" + damText + "\n\n" + damMore + "\n",
		"dam2.txt":    "Valley gets power from new dam\n\n" + damOther + "\n",
		"bridge1.txt": "Bridge to close for repairs\n\n" + bridgeText + "\n",
		"bridge2.txt": "Detour worries shops\n\n" + bridgeMore + "\n\n" + bridgeText[:150] + "\n",
		"fest.txt":    "Festival\n\nThe summer music festival in the park drew thousands of visitors to hear jazz and folk bands over the weekend, organisers said.\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
